package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validator;

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

        if (command.passesCheapCheck()) {
            assertThat(beanValid).as("%s passed the cheap check", command).isTrue();
        }
        assertThat(command.passesCheapCheck()).as("%s", command).isEqualTo(beanValid);
    }

    @Provide
    Arbitrary<SubmitOrderCommand> carts() {
        Arbitrary<String> articles = Arbitraries.oneOf(Arbitraries.strings().withChars("AB- \t").ofMaxLength(45),
                Arbitraries.just(null), Arbitraries.of("BOOR-18V", " ", "", "x".repeat(40), "x".repeat(41)));
        Arbitrary<Integer> quantities = Arbitraries.oneOf(Arbitraries.integers().between(-2, 3),
                Arbitraries.of(100_000, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE));
        Arbitrary<CartLine> line = Combinators.combine(articles, quantities).as(CartLine::new);
        Arbitrary<List<CartLine>> lines = Arbitraries.oneOf(line.injectNull(0.05).list().ofMaxSize(4),
                line.list().ofSize(200), line.list().ofSize(201), Arbitraries.just(null));
        Arbitrary<String> references = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(62),
                Arbitraries.just(null), Arbitraries.of("x".repeat(60), "x".repeat(61)));
        return Combinators.combine(lines, references).as(SubmitOrderCommand::new);
    }
}
