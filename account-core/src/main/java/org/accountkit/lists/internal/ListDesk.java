package org.accountkit.lists.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.accountkit.NotFound;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.lists.AddListLine;
import org.accountkit.lists.ArticleList;
import org.accountkit.lists.ArticleListChanged;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ArticleListLine;
import org.accountkit.lists.ArticleListNameTaken;
import org.accountkit.lists.ChangeArticleList;
import org.accountkit.lists.ChangeArticleListCommand;
import org.accountkit.lists.ChangeListLine;
import org.accountkit.lists.CreateArticleList;
import org.accountkit.lists.CreateArticleListCommand;
import org.accountkit.lists.DeleteArticleList;
import org.accountkit.lists.ListArticleLists;
import org.accountkit.lists.ListAsCart;
import org.accountkit.lists.ListLineCommand;
import org.accountkit.lists.RemoveListLine;
import org.accountkit.lists.RemoveListLineCommand;
import org.accountkit.lists.TurnListIntoCart;
import org.accountkit.lists.ViewArticleList;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.CartLine;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.shared.internal.LostRaces;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.ArticleListSnapshot;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * Article lists. Only a list's owner changes it; colleagues see it while it is shared. Every change reads the list,
 * lets {@link SavedList} decide and stores it with a version check, reading again after a lost race. Creating,
 * renaming, (un)sharing and deleting a list are audited (an administrator cares what is shared); every change raises
 * {@link ArticleListChanged}.
 */
public final class ListDesk implements CreateArticleList, ChangeArticleList, DeleteArticleList, AddListLine,
        ChangeListLine, RemoveListLine, ListArticleLists, ViewArticleList, TurnListIntoCart {

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final EffectQueue events;
    private final Clock clock;
    private final ArticleCatalog catalog;
    private final Supplier<UUID> ids;

    /**
     * Wires the use cases to their ports.
     *
     * @param catalog the host's catalog, which says which articles are still offered; {@code null} without one
     *                (lists can then not be turned into carts)
     */
    public ListDesk(AccountStorage storage, CommandValidation validation, EffectQueue events, Clock clock,
            ArticleCatalog catalog, Supplier<UUID> ids) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = catalog;
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public ArticleListId create(Actor actor, CreateArticleListCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        ArticleListId id = new ArticleListId(ids.get());
        String name = command.name().strip();
        LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            Instant now = clock.instant();
            requireFreeName(user, name, null);
            SavedList list = SavedList.create(user.customerNumber(), id, user.id(), name, command.shared(), now);
            storage.articleLists().add(list.snapshot());
            audit(user, AuditAction.ARTICLE_LIST_CREATED, list.snapshot().list(), now);
            publish(user.customerNumber(), list.snapshot().list(), false);
            return list.snapshot().list();
        }));
        events.deliverSoon(user.customerNumber());
        return id;
    }

    @Override
    public void change(Actor actor, ChangeArticleListCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        String name = command.name().strip();
        changeOwn(user, command.list(), list -> {
            requireFreeName(user, name, command.list());
            list.change(name, command.shared(), clock.instant());
            audit(user, AuditAction.ARTICLE_LIST_CHANGED, list.snapshot().list(), clock.instant());
        });
    }

    @Override
    public void delete(Actor actor, ArticleListId list) {
        validation.validate(actor, list, "list");
        AccountUser user = access.actingUser(actor);
        LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            ArticleListSnapshot stored = own(user, list);
            storage.articleLists().delete(stored);
            audit(user, AuditAction.ARTICLE_LIST_DELETED, stored.list(), clock.instant());
            publish(user.customerNumber(), stored.list(), true);
            return stored.list();
        }));
        events.deliverSoon(user.customerNumber());
    }

    @Override
    public void add(Actor actor, ListLineCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        changeOwn(user, command.list(), list -> list.add(command.articleNumber(), command.quantity(), command.note(),
                clock.instant()));
    }

    @Override
    public void change(Actor actor, ListLineCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        changeOwn(user, command.list(), list -> list.change(command.articleNumber(), command.quantity(),
                command.note(), clock.instant()));
    }

    @Override
    public void remove(Actor actor, RemoveListLineCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        changeOwn(user, command.list(), list -> list.remove(command.articleNumber(), clock.instant()));
    }

    @Override
    public List<ArticleList> list(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.actingUser(actor);
        return storage.articleLists().visibleTo(user.customerNumber(), user.id()).stream()
                .map(ArticleListSnapshot::list)
                .sorted(Comparator.comparing((ArticleList list) -> ArticleList.nameKey(list.name()))
                        .thenComparing(list -> list.id().value()))
                .toList();
    }

    @Override
    public ArticleList view(Actor actor, ArticleListId list) {
        validation.validate(actor, list, "list");
        return visible(access.actingUser(actor), list);
    }

    @Override
    public ListAsCart cart(Actor actor, ArticleListId list) {
        validation.validate(actor, list, "list");
        AccountUser user = access.actingUser(actor);
        if (catalog == null) {
            throw new IllegalStateException("AccountKit was built without an ArticleCatalog, which says what is still "
                    + "offered: TurnListIntoCart is unavailable. Pass one to AccountKit.builder().articleCatalog(...).");
        }
        List<CartLine> available = new ArrayList<>();
        List<ArticleListLine> unavailable = new ArrayList<>();
        for (ArticleListLine line : visible(user, list).lines()) {
            if (catalog.find(user.customerNumber(), line.articleNumber()).isPresent()) {
                available.add(new CartLine(line.articleNumber(), line.quantity()));
            } else {
                unavailable.add(line);
            }
        }
        return new ListAsCart(available, unavailable);
    }

    /** Reads one of the user's own lists, changes it and stores it; after a lost race, reads again. */
    private void changeOwn(AccountUser user, ArticleListId id, Consumer<SavedList> change) {
        LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            SavedList list = SavedList.restore(own(user, id));
            change.accept(list);
            storage.articleLists().update(list.snapshot());
            publish(user.customerNumber(), list.snapshot().list(), false);
            return list.snapshot().list();
        }));
        events.deliverSoon(user.customerNumber());
    }

    private ArticleListSnapshot own(AccountUser user, ArticleListId id) {
        return storage.articleLists().find(user.customerNumber(), id)
                .filter(found -> found.list().owner().equals(user.id()))
                .orElseThrow(() -> new NotFound("article list"));
    }

    private ArticleList visible(AccountUser user, ArticleListId id) {
        return storage.articleLists().find(user.customerNumber(), id).map(ArticleListSnapshot::list)
                .filter(found -> found.owner().equals(user.id()) || found.shared())
                .orElseThrow(() -> new NotFound("article list"));
    }

    private void requireFreeName(AccountUser user, String name, ArticleListId except) {
        String key = ArticleList.nameKey(name);
        boolean taken = storage.articleLists().visibleTo(user.customerNumber(), user.id()).stream()
                .map(ArticleListSnapshot::list)
                .anyMatch(list -> list.owner().equals(user.id()) && !list.id().equals(except)
                        && ArticleList.nameKey(list.name()).equals(key));
        if (taken) {
            throw new ArticleListNameTaken(name);
        }
    }

    private void audit(AccountUser user, AuditAction action, ArticleList list, Instant now) {
        storage.auditTrail().append(new AuditRecord(user.customerNumber(), user.email().value(), action,
                list.id().toString(), list.name() + (list.shared() ? " (shared)" : " (own)"), now));
    }

    /** Writes the change's event to the outbox; inside the transaction of the change. */
    private void publish(CustomerNumber owner, ArticleList list, boolean deleted) {
        events.publish(owner, new ArticleListChanged(owner, list, deleted, clock.instant()));
    }
}
