package org.accountkit.orders;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PlainText;
import org.accountkit.shared.StorableMoment;

/**
 * The ERP reports an order taken outside the webshop (phone, counter, EDI), so that the order overview shows it.
 *
 * @param customerNumber the customer number that ordered
 * @param erpOrderNumber the ERP's order number, the document number of this message
 * @param channel        where the order came in; not {@link OrderChannel#WEBSHOP} (those are confirmed)
 * @param reference      the customer's reference, may be empty, at most 60 characters
 * @param orderedAt      when it was ordered
 * @param lines          what was ordered, 1 to 200 lines, all in one currency
 */
public record RecordChannelOrderCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotNull OrderChannel channel, @NotNull @Size(max = 60) @PlainText String reference,
        @NotNull @StorableMoment Instant orderedAt,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid ChannelOrderLine> lines) {
}
