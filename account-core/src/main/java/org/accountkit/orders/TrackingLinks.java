package org.accountkit.orders;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a customer follows a shipment: a link template per carrier, kept as data. The template holds
 * {@value #CODE} where the track and trace code goes. {@link #defaults()} knows DHL, PostNL, DPD, UPS and GLS; a
 * host adds a carrier or overrides a link with {@link #with}, and passes the result to
 * {@code AccountKit.builder().trackingLinks(...)}. Carriers are compared regardless of case.
 *
 * <p>Links are made when a shipment is shown, so a changed template applies to shipments recorded before.
 */
public final class TrackingLinks {

    /** The placeholder for the track and trace code in a template. */
    public static final String CODE = "{code}";

    private static final TrackingLinks DEFAULTS = new TrackingLinks(Map.of())
            .with("DHL", "https://www.dhl.com/nl-nl/home/tracking/tracking-parcel.html?tracking-id={code}")
            .with("PostNL", "https://jouw.postnl.nl/track-and-trace/{code}")
            .with("DPD", "https://tracking.dpd.de/status/nl_NL/parcel/{code}")
            .with("UPS", "https://www.ups.com/track?loc=nl_NL&tracknum={code}")
            .with("GLS", "https://gls-group.com/NL/nl/pakket-volgen?match={code}");

    private final Map<String, String> templates;

    private TrackingLinks(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The templates of DHL, PostNL, DPD, UPS and GLS. */
    public static TrackingLinks defaults() {
        return DEFAULTS;
    }

    /** No templates at all: every carrier must be added. */
    public static TrackingLinks none() {
        return new TrackingLinks(Map.of());
    }

    /**
     * These templates with {@code carrier}'s added or replaced.
     *
     * @param carrier  the carrier as the ERP names it, e.g. {@code "Bpost"}
     * @param template an absolute {@code https} link holding {@value #CODE}
     * @throws IllegalArgumentException when the template is not such a link
     */
    public TrackingLinks with(String carrier, String template) {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(template, "template");
        if (carrier.isBlank() || !template.startsWith("https://") || !template.contains(CODE)
                || !URI.create(template.replace(CODE, "0")).isAbsolute()) {
            throw new IllegalArgumentException("a tracking link template is an https link holding " + CODE
                    + ": " + template);
        }
        Map<String, String> changed = new TreeMap<>(templates);
        changed.put(key(carrier), template);
        return new TrackingLinks(changed);
    }

    /** Whether {@code carrier} has a template. */
    public boolean knows(String carrier) {
        return carrier != null && templates.containsKey(key(carrier));
    }

    /** The link to follow {@code trackingCode} at {@code carrier}; empty for a carrier without template. */
    public Optional<URI> linkFor(String carrier, String trackingCode) {
        String template = carrier == null ? null : templates.get(key(carrier));
        if (template == null) {
            return Optional.empty();
        }
        return Optional.of(URI.create(template.replace(CODE,
                URLEncoder.encode(trackingCode, StandardCharsets.UTF_8))));
    }

    private static String key(String carrier) {
        return carrier.strip().toLowerCase(Locale.ROOT);
    }
}
