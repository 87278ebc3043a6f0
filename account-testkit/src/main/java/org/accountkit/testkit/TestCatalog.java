package org.accountkit.testkit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.shared.Money;

/** A technical wholesaler's small catalog, the same prices for every customer. */
public final class TestCatalog implements ArticleCatalog {

    /** A cordless drill, EUR 199.00. */
    public static final String DRILL = "BOOR-18V";
    /** A box of 200 screws, EUR 12.50. */
    public static final String SCREWS = "SCHROEF-4X40-200";
    /** A metre of installation cable, EUR 1.25. */
    public static final String CABLE = "KABEL-3G2.5";
    /** A press tool, EUR 1,450.00. */
    public static final String PRESS_TOOL = "PERS-V15";
    /** A part priced in US dollars, for mixed-currency carts. */
    public static final String IMPORTED = "IMPORT-USD";

    private static final Map<String, Article> ARTICLES = Map.of(
            DRILL, article(DRILL, "Accuboormachine 18V", Money.euro("199.00")),
            SCREWS, article(SCREWS, "Spaanplaatschroef 4x40, doos 200", Money.euro("12.50")),
            CABLE, article(CABLE, "Installatiekabel 3G2.5 per meter", Money.euro("1.25")),
            PRESS_TOOL, article(PRESS_TOOL, "Persmachine V-profiel 15mm", Money.euro("1450.00")),
            IMPORTED, article(IMPORTED, "Imported fitting",
                    new Money(new BigDecimal("10.00"), java.util.Currency.getInstance("USD"))));

    @Override
    public Optional<Article> find(CustomerNumber customer, String articleNumber) {
        return Optional.ofNullable(ARTICLES.get(articleNumber));
    }

    private static Article article(String number, String description, Money price) {
        return new Article(number, description, price, new BigDecimal("21"));
    }
}
