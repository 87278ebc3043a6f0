package org.accountkit.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.shared.PageRequest;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.ordering.CartLine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A cheap check never passes a command that Bean Validation would refuse, and passes the ordinary valid ones. */
class CheapCheckProperties {

    private static final Validator VALIDATOR = CommandValidation.defaultValidator();

    @Property(tries = 2000)
    void the_cheap_check_of_a_cart_is_sound(@ForAll("carts") SubmitOrderCommand command) {
        boolean beanValid = VALIDATOR.validate(command).isEmpty();

        if (CheapChecks.passes(command)) {
            assertThat(beanValid).as("%s passed the cheap check", command).isTrue();
        }
        assertThat(CheapChecks.passes(command)).as("%s", command).isEqualTo(beanValid);
    }

    @Property(tries = 1000)
    void the_cheap_check_of_a_rejection_is_sound(@ForAll("reasons") String reason, @ForAll boolean named) {
        RejectOrderCommand command = new RejectOrderCommand(named ? new OrderRequestId(UUID.randomUUID()) : null,
                reason);

        assertThat(CheapChecks.passes(command)).as("%s", command).isEqualTo(VALIDATOR.validate(command).isEmpty());
    }

    @Property(tries = 2000)
    void the_cheap_check_of_a_page_of_the_order_overview_is_sound(@ForAll("sizes") int size,
            @ForAll("continuations") String after, @ForAll boolean filtered) {
        OrderQuery query = new OrderQuery(filtered ? new OrderFilter(null, null, Set.of(), "Zonnepark", null)
                : OrderFilter.all(), new PageRequest(size, after));

        if (CheapChecks.passes(query)) {
            assertThat(VALIDATOR.validate(query)).as("%s passed the cheap check", query).isEmpty();
        }
        assertThat(CheapChecks.passes(query.page())).as("%s", query.page())
                .isEqualTo(VALIDATOR.validate(query.page()).isEmpty());
        assertThat(CheapChecks.passes(query)).isEqualTo(!filtered && VALIDATOR.validate(query).isEmpty());
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1, 3), Arbitraries.of(199, 200, 201,
                Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<String> continuations() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("Aa9_-=+/ \u0000\u00E9").ofMaxLength(6),
                Arbitraries.just(null), Arbitraries.of("", "x".repeat(1000), "x".repeat(1001)));
    }

    @Provide
    Arbitrary<String> reasons() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab \t\n\r\u0000\u0085\u2003\uD800\uDC00").ofMaxLength(8),
                Arbitraries.just(null), Arbitraries.of("x".repeat(500), "x".repeat(501)));
    }

    @Provide
    Arbitrary<SubmitOrderCommand> carts() {
        Arbitrary<String> articles = Arbitraries.oneOf(Arbitraries.strings().withChars("AB- \t\u0000\u007F\u2003\u2028\uD800\uDC00").ofMaxLength(45),
                Arbitraries.just(null), Arbitraries.of("BOOR-18V", " ", "", "x".repeat(40), "x".repeat(41)));
        Arbitrary<Integer> quantities = Arbitraries.oneOf(Arbitraries.integers().between(-2, 3),
                Arbitraries.of(100_000, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE));
        Arbitrary<CartLine> line = Combinators.combine(articles, quantities).as(CartLine::new);
        Arbitrary<List<CartLine>> lines = Arbitraries.oneOf(line.injectNull(0.05).list().ofMaxSize(4),
                line.list().ofSize(200), line.list().ofSize(201), Arbitraries.just(null));
        Arbitrary<String> references = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(62),
                Arbitraries.strings().withChars("ab \t\u0000\u009F\uD800\uDC00").ofMaxLength(6),
                Arbitraries.just(null), Arbitraries.of("x".repeat(60), "x".repeat(61)));
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(null),
                Arbitraries.strings().withChars("aZ09._:- /\u00e9\u0000").ofMaxLength(8),
                Arbitraries.of("k".repeat(100), "k".repeat(101)));
        return Combinators.combine(lines, references, keys).as(SubmitOrderCommand::new);
    }
}
