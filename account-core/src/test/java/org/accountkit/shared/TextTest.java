package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The one definition of acceptable text, which commands and value objects share. */
class TextTest {

    private static final String HAMMER = "\uD83D\uDD28"; // 🔨, one character of two chars

    @Test
    void whole_characters_outside_the_basic_plane_are_plain_and_halves_of_them_are_not() {
        assertThat(Text.isPlainLine("Hamer " + HAMMER)).isTrue();
        assertThat(Text.isPlainLine("Hamer \uD83D")).as("a high half at the end").isFalse();
        assertThat(Text.isPlainLine("\uD83D Hamer")).as("a high half before a plain char").isFalse();
        assertThat(Text.isPlainLine("Hamer \uDD28")).as("a low half alone").isFalse();
        assertThat(Text.isPlainLine("\uDD28\uD83D")).as("halves in the wrong order").isFalse();
    }

    @Test
    void control_characters_are_refused_and_line_breaks_only_where_text_may_span_lines() {
        assertThat(Text.isPlainLine("Jan\u0000")).isFalse();
        assertThat(Text.isPlainLine("Jan\u007F")).isFalse();
        assertThat(Text.isPlainLine("Jan\u0085")).isFalse();
        assertThat(Text.isPlainLine("Jan\u2028Smit")).isFalse();
        assertThat(Text.isPlainLine("Jan\nSmit")).isFalse();
        assertThat(Text.isPlain("Te duur.\r\nGraag\tkleiner.", true)).isTrue();
        assertThat(Text.isPlain("Te duur.\u0000", true)).isFalse();
        assertThat(Text.isPlain(null, true)).isFalse();
    }

    @Test
    void well_formed_text_may_hold_control_characters_but_no_broken_ones() {
        assertThat(Text.isWellFormed("wachtwoord\u0000" + HAMMER)).isTrue();
        assertThat(Text.isWellFormed("wachtwoord\uD83D")).isFalse();
        assertThat(Text.isWellFormed("\uDD28wachtwoord")).isFalse();
        assertThat(Text.isWellFormed(null)).isFalse();
    }

    @Property
    void plain_text_is_always_well_formed(@ForAll @Chars({'a', '\n', '\u0000'})
            @CharRange(from = '\uD800', to = '\uDFFF') String text) {
        if (Text.isPlain(text, true)) {
            assertThat(Text.isWellFormed(text)).isTrue();
        }
    }

    /** Every printable character of the basic plane, around the line and paragraph separators. */
    @Property
    void text_of_whole_printable_characters_is_plain(@ForAll @CharRange(from = 0x20, to = 0x7E)
            @CharRange(from = 0xA0, to = 0x2027) @CharRange(from = 0x202A, to = 0xD7FF) String text) {
        assertThat(Text.isPlainLine(text + HAMMER + text)).isTrue();
    }
}
