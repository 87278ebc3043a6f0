package org.accountkit.shared.internal;

import java.util.List;

import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Text;

/**
 * Tells cheaply that a command of the hot path is certainly valid, so that {@link CommandValidation} may skip Bean
 * Validation. Each check must be sound: it may only pass commands in which Bean Validation finds no violation (the
 * property test {@code CheapCheckProperties} holds each to Hibernate Validator's own answer); when it does not
 * pass, Bean Validation decides and names the fields.
 */
public final class CheapChecks {

    private CheapChecks() {
    }

    /** Whether {@code command} certainly satisfies every constraint it is annotated with. */
    public static boolean passes(Object command) {
        if (command instanceof SubmitOrderCommand submit) {
            return passes(submit);
        }
        if (command instanceof ApproveOrderCommand approve) {
            return approve.order() != null;
        }
        if (command instanceof RejectOrderCommand reject) {
            return reject.order() != null && notBlank(reject.reason()) && reject.reason().length() <= 500
                    && Text.isPlain(reject.reason(), true);
        }
        if (command instanceof WithdrawOrderCommand withdraw) {
            return withdraw.order() != null;
        }
        if (command instanceof PageRequest page) {
            return passes(page);
        }
        if (command instanceof OrderQuery query) {
            // the overview as it opens: no filter but the page
            OrderFilter filter = query.filter();
            return filter != null && filter.from() == null && filter.until() == null && filter.statuses() != null
                    && filter.statuses().isEmpty() && filter.reference() == null && filter.erpOrderNumber() == null
                    && query.page() != null && passes(query.page());
        }
        return false;
    }

    /** The constraints of a page request: 1 to 200 items, and a continuation of the shape tokens have. */
    static boolean passes(PageRequest page) {
        String after = page.after();
        if (page.size() < 1 || page.size() > 200) {
            return false;
        }
        if (after == null) {
            return true;
        }
        if (after.isEmpty() || after.length() > 1000) {
            return false;
        }
        for (int index = 0; index < after.length(); index++) {
            char c = after.charAt(index);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean passes(SubmitOrderCommand command) {
        List<CartLine> lines = command.lines();
        String reference = command.reference();
        if (lines == null || lines.isEmpty() || lines.size() > 200 || reference == null || reference.length() > 60
                || !Text.isPlainLine(reference) || !isKey(command.idempotencyKey())) {
            return false;
        }
        for (int index = 0; index < lines.size(); index++) {
            CartLine line = lines.get(index);
            if (line == null || !passes(line)) {
                return false;
            }
        }
        return true;
    }

    /** {@link SubmitOrderCommand#IDEMPOTENCY_KEY}, without a regular expression. */
    private static boolean isKey(String key) {
        if (key == null || key.length() > 100) {
            return false;
        }
        for (int index = 0; index < key.length(); index++) {
            char c = key.charAt(index);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The constraints of a cart line. */
    static boolean passes(CartLine line) {
        String number = line.articleNumber();
        return notBlank(number) && number.length() <= 40 && Text.isPlainLine(number) && line.quantity() > 0
                && line.quantity() <= 100_000;
    }

    /**
     * {@code @NotBlank} as Hibernate Validator 9 decides it: not null, and a character that is not white space by
     * {@link Character#isWhitespace(int)} (so an em space is blank, a control character is not).
     */
    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
