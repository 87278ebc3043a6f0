package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalAddressTest {

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource({
            "NL, 3542ad,   3542 AD",
            "NL, 3542 AD,  3542 AD",
            "NL, ' 1015 cj ', 1015 CJ",
            "BE, 2000,     2000",
            "DE, 10115,    10115",
            "DE, 01067,    01067"})
    void a_valid_postcode_is_kept_in_the_countrys_usual_spelling(Country country, String typed, String canonical) {
        PostalAddress address = new PostalAddress("Jansen", "Industrieweg", "12a", typed, "Utrecht", country);

        assertThat(address.postcode()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{1} is no postcode in {0}")
    @CsvSource({
            "NL, 0542 AD", "NL, 3542 SA", "NL, 3542 SD", "NL, 3542 SS", "NL, 354 AD", "NL, 3542 A1", "NL, 10115",
            "BE, 0200", "BE, 20000", "BE, 2000 AB",
            "DE, 1011", "DE, 101155", "DE, 00115", "DE, 3542 AD"})
    void an_invalid_postcode_is_refused(Country country, String typed) {
        assertThat(country.acceptsPostcode(typed)).isFalse();
        assertThatThrownBy(() -> new PostalAddress("Jansen", "Industrieweg", "12a", typed, "Utrecht", country))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"'', Industrieweg, 1, Utrecht", "Jansen, ' ', 1, Utrecht", "Jansen, Industrieweg, '', Utrecht",
            "Jansen, Industrieweg, 12345678901, Utrecht", "Jansen, Industrieweg, 1, ''"})
    void every_part_of_an_address_is_required(String name, String street, String houseNumber, String city) {
        assertThatThrownBy(() -> new PostalAddress(name, street, houseNumber, "3542 AD", city, Country.NL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
