package org.accountkit.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.accountkit.ordering.CartLine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderSubmissionTest {

    /** Keys recorded before the fingerprint stopped using {@code List.toString()} must match after it. */
    @Property(tries = 300)
    void a_carts_fingerprint_text_is_the_text_it_always_was(@ForAll("carts") List<CartLine> cart) {
        assertThat(OrderSubmission.cartText(cart)).isEqualTo(cart.toString());
    }

    @Provide
    Arbitrary<List<CartLine>> carts() {
        Arbitrary<CartLine> line = Arbitraries.strings().ofMaxLength(40)
                .flatMap(article -> Arbitraries.integers().between(-5, 100_000)
                        .map(quantity -> new CartLine(article, quantity)));
        return line.list().ofMaxSize(6);
    }
}
