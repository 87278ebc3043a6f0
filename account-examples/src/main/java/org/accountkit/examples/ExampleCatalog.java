package org.accountkit.examples;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.shared.Money;

/** A wholesaler's catalog as a host might adapt it: every customer gets the same net prices here. */
public final class ExampleCatalog implements ArticleCatalog {

    private static final Map<String, Article> ARTICLES = Map.of(
            "BOOR-18V", new Article("BOOR-18V", "Accuboormachine 18V", Money.euro("199.00"), new BigDecimal("21"),
                    Money.euro("249.00")),
            "KABEL-3G2.5", new Article("KABEL-3G2.5", "Installatiekabel 3G2.5 per meter", Money.euro("1.25"),
                    new BigDecimal("21")),
            "PERS-V15", new Article("PERS-V15", "Persmachine V-profiel 15mm", Money.euro("1450.00"),
                    new BigDecimal("21"), Money.euro("1695.00")),
            "SCHROEF-4X40-200", new Article("SCHROEF-4X40-200", "Spaanplaatschroef 4x40, doos 200",
                    Money.euro("12.50"), new BigDecimal("21"), Money.euro("14.95")),
            "ZAAD-GRAS-1", new Article("ZAAD-GRAS-1", "Graszaad voor herstel sleuven, 1 kg", Money.euro("4.95"),
                    new BigDecimal("9"), Money.euro("6.50")));

    /** An article of the range, by number. */
    public Article article(String number) {
        return ARTICLES.get(number);
    }

    @Override
    public Optional<Article> find(CustomerNumber customer, String articleNumber) {
        return Optional.ofNullable(ARTICLES.get(articleNumber));
    }

    /** Power tools carry two years of warranty; cable and screws none. */
    @Override
    public Optional<Period> warrantyPeriod(String articleNumber) {
        return articleNumber.equals("BOOR-18V") || articleNumber.equals("PERS-V15") ? Optional.of(Period.ofYears(2))
                : Optional.empty();
    }
}
