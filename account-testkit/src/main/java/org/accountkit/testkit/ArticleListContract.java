package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.lists.ArticleList;
import org.accountkit.lists.ArticleListChanged;
import org.accountkit.lists.ArticleListFull;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ArticleListLine;
import org.accountkit.lists.ArticleListNameTaken;
import org.accountkit.lists.ChangeArticleListCommand;
import org.accountkit.lists.CreateArticleListCommand;
import org.accountkit.lists.ListAsCart;
import org.accountkit.lists.ListLineCommand;
import org.accountkit.lists.RemoveListLineCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.quote.QuoteStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Article lists through {@link AccountKit} on an adapter's storage: a user's own lists, shared read-only with
 * colleagues, turned into a cart or a quote request in one call. The cast: Petra administers installer Jansen; Jan
 * keeps the lists; Kees is his colleague.
 */
public abstract class ArticleListContract {

    protected AccountKit kit;
    protected Recorder recorder;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected Actor kees;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenJanAndKees() {
        recorder = new Recorder();
        kit = Fixtures.builder(newStorage(), Fixtures.clock()).domainEvents(recorder).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = colleague("jan", Right.PLACE_ORDERS, Right.REQUEST_QUOTES);
        kees = colleague("kees", Right.PLACE_ORDERS);
    }

    @Test
    void a_list_keeps_its_lines_in_order_adds_up_repeats_and_changes_and_removes_lines() {
        ArticleListId bus = kit.createArticleList().create(jan, new CreateArticleListCommand("Bus Jan", false));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.SCREWS, 4, "Altijd op voorraad"));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.CABLE, 100, ""));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.SCREWS, 2, ""));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.DRILL, 1, ""));
        kit.changeListLine().change(jan, new ListLineCommand(bus, TestCatalog.CABLE, 50, "Rol van 50 m"));
        kit.removeListLine().remove(jan, new RemoveListLineCommand(bus, TestCatalog.DRILL));

        ArticleList list = kit.viewArticleList().view(jan, bus);
        assertThat(list.name()).isEqualTo("Bus Jan");
        assertThat(list.lines()).containsExactly(new ArticleListLine(TestCatalog.SCREWS, 6, "Altijd op voorraad"),
                new ArticleListLine(TestCatalog.CABLE, 50, "Rol van 50 m"));
        assertThatThrownBy(() -> kit.removeListLine().remove(jan, new RemoveListLineCommand(bus, TestCatalog.DRILL)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.changeListLine().change(jan, new ListLineCommand(bus, TestCatalog.DRILL, 1, "")))
                .isInstanceOf(NotFound.class);
        InvalidCommand tooMany = catchThrowableOfType(() -> kit.addListLine().add(jan, new ListLineCommand(bus,
                TestCatalog.SCREWS, 99_995, "")), InvalidCommand.class);
        assertThat(tooMany.violations()).extracting(Violation::field).containsExactly("quantity");
        assertThat(recorder.events(ArticleListChanged.class)).hasSize(7);
    }

    @Test
    void a_shared_list_is_read_only_for_colleagues_and_a_private_one_is_unknown_to_them() {
        ArticleListId shared = kit.createArticleList().create(jan, new CreateArticleListCommand("Standaard badkamer",
                true));
        ArticleListId own = kit.createArticleList().create(jan, new CreateArticleListCommand("Bus Jan", false));
        kit.addListLine().add(jan, new ListLineCommand(shared, TestCatalog.SCREWS, 2, ""));

        assertThat(kit.listArticleLists().list(jan)).extracting(ArticleList::name)
                .containsExactly("Bus Jan", "Standaard badkamer");
        assertThat(kit.listArticleLists().list(kees)).extracting(ArticleList::name)
                .containsExactly("Standaard badkamer");
        assertThat(kit.viewArticleList().view(kees, shared).lines()).hasSize(1);
        assertThat(kit.turnListIntoCart().cart(kees, shared).lines()).containsExactly(
                new CartLine(TestCatalog.SCREWS, 2));
        assertThatThrownBy(() -> kit.addListLine().add(kees, new ListLineCommand(shared, TestCatalog.CABLE, 1, "")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.deleteArticleList().delete(kees, shared)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.viewArticleList().view(kees, own)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.viewArticleList().view(petra, own)).as("private, also to administrators")
                .isInstanceOf(NotFound.class);

        kit.changeArticleList().change(jan, new ChangeArticleListCommand(shared, "Badkamer standaard", false));
        assertThat(kit.listArticleLists().list(kees)).isEmpty();
        CustomerNumber other = Fixtures.customerNumber();
        Actor els = Actor.user(other, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(other, Fixtures.email("els"))).administrator());
        kit.changeArticleList().change(jan, new ChangeArticleListCommand(shared, "Badkamer standaard", true));
        assertThatThrownBy(() -> kit.viewArticleList().view(els, shared)).as("another customer number")
                .isInstanceOf(NotFound.class);
        assertThat(kit.listArticleLists().list(els)).isEmpty();
        assertThat(kit.listAuditTrail().list(petra, new AuditTrailQuery(jansen, PageRequest.first(20))).items())
                .extracting(AuditRecord::action).contains(AuditAction.ARTICLE_LIST_CREATED,
                        AuditAction.ARTICLE_LIST_CHANGED);
    }

    @Test
    void names_are_unique_per_user_regardless_of_case_and_a_deleted_list_is_gone() {
        ArticleListId bus = kit.createArticleList().create(jan, new CreateArticleListCommand("Bus Jan", false));
        assertThatThrownBy(() -> kit.createArticleList().create(jan, new CreateArticleListCommand("BUS JAN", true)))
                .isInstanceOf(ArticleListNameTaken.class);
        ArticleListId keesBus = kit.createArticleList().create(kees, new CreateArticleListCommand("Bus Jan", false));
        ArticleListId other = kit.createArticleList().create(jan, new CreateArticleListCommand("Werkplaats", false));
        assertThatThrownBy(() -> kit.changeArticleList().change(jan, new ChangeArticleListCommand(other, "bus jan",
                false))).isInstanceOf(ArticleListNameTaken.class);
        kit.changeArticleList().change(jan, new ChangeArticleListCommand(bus, "Bus jan", false));

        kit.deleteArticleList().delete(jan, bus);

        assertThatThrownBy(() -> kit.viewArticleList().view(jan, bus)).isInstanceOf(NotFound.class);
        assertThat(kit.listArticleLists().list(jan)).extracting(ArticleList::name).containsExactly("Werkplaats");
        assertThat(kit.viewArticleList().view(kees, keesBus).name()).isEqualTo("Bus Jan");
        assertThat(kit.createArticleList().create(jan, new CreateArticleListCommand("Bus Jan", false)))
                .as("the name is free again").isNotEqualTo(bus);
        assertThatThrownBy(() -> kit.deleteArticleList().delete(jan, new ArticleListId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_whole_list_becomes_an_order_or_a_quote_request_and_articles_no_longer_offered_are_reported() {
        ArticleListId bus = kit.createArticleList().create(jan, new CreateArticleListCommand("Bus Jan", false));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.SCREWS, 2, ""));
        kit.addListLine().add(jan, new ListLineCommand(bus, "UIT-ASSORTIMENT", 3, "Oude fitting"));
        kit.addListLine().add(jan, new ListLineCommand(bus, TestCatalog.CABLE, 10, ""));

        ListAsCart cart = kit.turnListIntoCart().cart(jan, bus);

        assertThat(cart.lines()).containsExactly(new CartLine(TestCatalog.SCREWS, 2),
                new CartLine(TestCatalog.CABLE, 10));
        assertThat(cart.unavailable()).containsExactly(new ArticleListLine("UIT-ASSORTIMENT", 3, "Oude fitting"));
        assertThat(kit.submitOrder().submit(jan, cart.toOrder("Bus aanvullen")))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        String quote = kit.requestQuote().request(jan, cart.toQuoteRequest("Zelfde als vorige maand"));
        assertThat(kit.viewQuote().view(jan, quote).status()).isEqualTo(QuoteStatus.REQUESTED);
        assertThat(kit.viewQuote().view(jan, quote).lines()).hasSize(2);
    }

    @Test
    void a_list_holds_as_many_lines_as_a_cart_and_bad_input_names_each_field() {
        ArticleListId big = kit.createArticleList().create(jan, new CreateArticleListCommand("Groot", false));
        for (int line = 0; line < ArticleList.MAX_LINES; line++) {
            kit.addListLine().add(jan, new ListLineCommand(big, "ART-" + line, 1, ""));
        }
        assertThatThrownBy(() -> kit.addListLine().add(jan, new ListLineCommand(big, "ART-X", 1, "")))
                .isInstanceOf(ArticleListFull.class);
        kit.addListLine().add(jan, new ListLineCommand(big, "ART-7", 1, ""));

        InvalidCommand line = catchThrowableOfType(() -> kit.addListLine().add(jan, new ListLineCommand(null, " ", 0,
                "n".repeat(201))), InvalidCommand.class);
        assertThat(line.violations()).extracting(Violation::field).containsExactlyInAnyOrder("list",
                "articleNumber", "quantity", "note");
        InvalidCommand create = catchThrowableOfType(() -> kit.createArticleList().create(jan,
                new CreateArticleListCommand("x".repeat(101), false)), InvalidCommand.class);
        assertThat(create.violations()).extracting(Violation::field).containsExactly("name");
        assertThat(kit.viewArticleList().view(jan, big).lines()).hasSize(ArticleList.MAX_LINES)
                .contains(new ArticleListLine("ART-7", 2, ""));
    }

    private Actor colleague(String name, Right... rights) {
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email(name).value(), name,
                Role.USER, Set.of(rights), Fixtures.PASSWORD)));
    }
}
