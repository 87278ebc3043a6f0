package org.accountkit.pricing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.InvalidCommand;
import org.accountkit.pricing.PriceSheet;
import org.accountkit.pricing.PricedLine;
import org.accountkit.pricing.ShowPrices;
import org.accountkit.pricing.ShownCart;
import org.accountkit.shared.Actor;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/** Shows prices in the viewing user's setting, to users who may see them. */
public final class PriceDesk implements ShowPrices {

    private final CommandValidation validation;
    private final AccessPolicy access;

    /** Wires the use case to its ports. */
    public PriceDesk(AccountStorage storage, CommandValidation validation) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public Optional<ShownCart> show(Actor actor, List<PricedLine> lines) {
        validation.validateActor(actor);
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCommand(List.of(CommandValidation.violation("lines",
                    "jakarta.validation.constraints.NotEmpty.message")));
        }
        AccountUser user = access.actingUser(actor);
        if (!user.holds(Right.SEE_PRICES)) {
            return Optional.empty();
        }
        if (lines.stream().map(line -> line.unitNetPrice().currency()).distinct().count() > 1) {
            throw new InvalidCommand(List.of(CommandValidation.violation("lines",
                    "org.accountkit.MixedCurrencies.message")));
        }
        return Optional.of(PriceSheet.show(lines, user.priceDisplay()));
    }
}
