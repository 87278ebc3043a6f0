package org.accountkit.testkit;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;

/**
 * A catalog for tests: a technical wholesaler's small range to start from ({@link #TestCatalog()}), or an empty one
 * ({@link #empty()}) that a test fills with {@link #offer}. The same prices hold for every customer unless a test
 * gives one customer its own. Thread-safe.
 */
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

    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final Map<CustomerNumber, Map<String, Article>> ownPrices = new ConcurrentHashMap<>();

    /** The wholesaler's small range: {@link #DRILL}, {@link #SCREWS}, {@link #CABLE}, {@link #PRESS_TOOL}, {@link #IMPORTED}. */
    public TestCatalog() {
        offer(DRILL, "Accuboormachine 18V", Money.euro("199.00"));
        offer(SCREWS, "Spaanplaatschroef 4x40, doos 200", Money.euro("12.50"));
        offer(CABLE, "Installatiekabel 3G2.5 per meter", Money.euro("1.25"));
        offer(PRESS_TOOL, "Persmachine V-profiel 15mm", Money.euro("1450.00"));
        offer(IMPORTED, "Imported fitting", new Money(new BigDecimal("10.00"), Currency.getInstance("USD")));
    }

    private TestCatalog(boolean empty) {
    }

    /** A catalog that offers nothing yet. */
    public static TestCatalog empty() {
        return new TestCatalog(true);
    }

    /** Offers an article to every customer at {@code price}, 21 % VAT; replaces an earlier offer of it. */
    public TestCatalog offer(String number, String description, Money price) {
        return offer(new Article(number, description, price, new BigDecimal("21")));
    }

    /** Offers {@code article} to every customer; replaces an earlier offer of it. */
    public TestCatalog offer(Article article) {
        articles.put(article.number(), Objects.requireNonNull(article, "article"));
        return this;
    }

    /** Offers {@code article} to {@code customer} only, at its own price; it goes before the general offer. */
    public TestCatalog offer(CustomerNumber customer, Article article) {
        ownPrices.computeIfAbsent(customer, number -> new ConcurrentHashMap<>()).put(article.number(), article);
        return this;
    }

    /** Stops offering the article, to every customer. */
    public TestCatalog withdraw(String number) {
        articles.remove(number);
        ownPrices.values().forEach(own -> own.remove(number));
        return this;
    }

    /** The drill has a warranty of two years; the other articles none. */
    @Override
    public Optional<Period> warrantyPeriod(String articleNumber) {
        return DRILL.equals(articleNumber) ? Optional.of(Period.ofYears(2)) : Optional.empty();
    }

    @Override
    public Optional<Article> find(CustomerNumber customer, String articleNumber) {
        Map<String, Article> own = ownPrices.get(customer);
        Article article = own == null ? null : own.get(articleNumber);
        return Optional.ofNullable(article != null ? article : articles.get(articleNumber));
    }
}
