package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.ChangeAddressCommand;
import org.accountkit.address.DeleteAddressCommand;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.lists.CreateArticleListCommand;
import org.accountkit.lists.ListLineCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.VatTotal;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.ChangeUsernameCommand;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.RegisterDeliveryProblemCommand;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Messages;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command with invalid fields is refused with one {@link InvalidCommand} that names each field, in English
 * and in Dutch, and nothing is stored: neither for the customer number that acted, nor anywhere else.
 */
public abstract class BadInputContract {

    private AccountStorage storage;
    private AccountKit kit;
    private CustomerNumber jansen;
    private Actor petra;
    private AddressId workshop;
    private final Actor customerService = Actor.customerService("Anja van de klantenservice");

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void registerInstallerJansen() {
        storage = newStorage();
        kit = Fixtures.kit(storage);
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount()
                .register(customerService, Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        workshop = kit.addAddress().add(petra, new AddAddressCommand("Werkplaats",
                Fixtures.addressFields("Werkplaats"), true));
    }

    @TestFactory
    Stream<DynamicTest> every_command_with_invalid_fields_is_refused_naming_each_field_and_stores_nothing() {
        AddressFields blankAddress = new AddressFields(" ", "", "", "", " ", null);
        return Stream.of(
                refused("register a customer number", () -> kit.registerCustomerAccount().register(customerService,
                        new RegisterCustomerAccountCommand("12 34!", "", "12", "nl", new AddressFields("Jansen", "",
                                "1", "99999", "Utrecht", Country.NL), null, "geen-e-mail", "", "kort")),
                        "customerNumber", "companyName", "chamberOfCommerceNumber", "vatNumber",
                        "invoiceAddress.street", "invoiceAddress.postcode", "timeZone", "administratorEmail",
                        "administratorName", "administratorPassword"),
                refused("change the invoice address", () -> kit.changeInvoiceAddress().change(customerService,
                        new ChangeInvoiceAddressCommand(null, new AddressFields("Jansen", "Straat", "1", "3542 AD",
                                "Utrecht", null))),
                        "customerNumber", "address.country"),
                refused("add a user", () -> kit.addUser().add(petra,
                        new AddUserCommand("geen-e-mail", "", null, null, "kort")),
                        "email", "username", "role", "rights", "initialPassword"),
                refused("add a user with a weak password", () -> kit.addUser().add(petra,
                        new AddUserCommand(Fixtures.email("jan").value(), "Jan", org.accountkit.user.Role.USER,
                                Set.of(), "alleenletterszonderiets")),
                        "initialPassword"),
                refused("remove a user", () -> kit.removeUser().remove(petra, new RemoveUserCommand(null)), "user"),
                refused("change rights", () -> kit.changeRights().change(petra, new ChangeRightsCommand(null, null)),
                        "user", "rights"),
                refused("change a role", () -> kit.changeRole().change(petra, new ChangeRoleCommand(null, null)),
                        "user", "role"),
                refused("list users", () -> kit.listUsers().list(petra, new PageRequest(0, "not a continuation!")),
                        "page.after", "page.size"),
                refused("log in", () -> kit.authenticate().authenticate(new AuthenticateCommand("", null)),
                        "email", "password"),
                refused("add an address", () -> kit.addAddress().add(petra,
                        new AddAddressCommand("", blankAddress, false)),
                        "label", "address.name", "address.street", "address.houseNumber", "address.postcode",
                        "address.city", "address.country"),
                refused("change an address", () -> kit.changeAddress().change(petra,
                        new ChangeAddressCommand(null, "x".repeat(61), null)), "id", "label", "address"),
                refused("delete an address", () -> kit.deleteAddress().delete(petra, new DeleteAddressCommand(null)),
                        "id"),
                refused("choose the primary address", () -> kit.setPrimaryAddress().makePrimary(petra,
                        new SetPrimaryAddressCommand(null)), "id"),
                refused("change the username", () -> kit.changeUsername().change(petra,
                        new ChangeUsernameCommand("   ")), "username"),
                refused("change the password", () -> kit.changePassword().change(petra,
                        new ChangePasswordCommand(null, "alleenletterszonderiets")),
                        "currentPassword", "newPassword"),
                refused("change e-mail settings", () -> kit.changeEmailSettings().change(petra,
                        new ChangeEmailSettingsCommand("facturen", "", "a@@b", true)),
                        "invoices", "orderConfirmations", "shippingConfirmations"),
                refused("change the price display", () -> kit.changePriceDisplay().change(petra,
                        new ChangePriceDisplayCommand(null, null)), "vat", "prices"),
                refused("list the audit trail", () -> kit.listAuditTrail().list(petra, new AuditTrailQuery(null, null)),
                        "page"),
                refused("list a customer number's audit trail without naming it", () -> kit.listAuditTrail()
                        .list(customerService, AuditTrailQuery.own(PageRequest.first(10))), "customerNumber"),
                refused("submit an order", () -> kit.submitOrder().submit(petra,
                        new SubmitOrderCommand(List.of(), null)), "lines", "reference"),
                refused("submit an order with an invalid line", () -> kit.submitOrder().submit(petra,
                        new SubmitOrderCommand(List.of(new CartLine(" ", 0)), "x".repeat(61))),
                        "lines[0].articleNumber", "lines[0].quantity", "reference"),
                refused("submit an unknown article", () -> kit.submitOrder().submit(petra,
                        new SubmitOrderCommand(List.of(new CartLine("BESTAAT-NIET", 1)))), "lines[0].articleNumber"),
                refused("explain an order", () -> kit.explainOrder().explain(petra,
                        new SubmitOrderCommand(List.of(new CartLine("", -1)), "")),
                        "lines[0].articleNumber", "lines[0].quantity"),
                refused("approve an order", () -> kit.approveOrder().approve(petra, new ApproveOrderCommand(null)),
                        "order"),
                refused("reject an order", () -> kit.rejectOrder().reject(petra, new RejectOrderCommand(null, " ")),
                        "order", "reason"),
                refused("withdraw an order", () -> kit.withdrawOrder().withdraw(petra,
                        new WithdrawOrderCommand(null)), "order"),
                refused("list order requests", () -> kit.listOrderRequests().list(petra,
                        new OrderRequestQuery(Set.of(), null)), "statuses", "page"),
                refused("name a substitute", () -> kit.nameSubstitute().name(petra,
                        new NameSubstituteCommand(null, null, null)), "substitute", "from", "until"),
                refused("name a substitute for a period that ends before it starts", () -> kit.nameSubstitute()
                        .name(petra, new NameSubstituteCommand(UserId.random(), Fixtures.NOW, Fixtures.NOW)), "until"),
                refused("configure approval rules", () -> kit.configureApprovalRules().configure(petra,
                        new ConfigureApprovalRulesCommand(Money.euro("0"), Money.euro("10000000000000"), null, null,
                                null, null)),
                        "orderTotalThreshold", "secondApproverAbove", "remindAfter", "escalateAfter",
                        "expireAfter", "recipients"),
                refused("configure deadlines out of order", () -> kit.configureApprovalRules().configure(petra,
                        new ConfigureApprovalRulesCommand(null, null, Duration.ofDays(2), Duration.ofDays(1),
                                Duration.ofDays(1))), "escalateAfter", "expireAfter"),
                refused("configure an endless or an instant deadline", () -> kit.configureApprovalRules()
                        .configure(petra, new ConfigureApprovalRulesCommand(null, null, Duration.ofSeconds(-1),
                                Duration.ofSeconds(30), Duration.ofSeconds(Long.MAX_VALUE))),
                        "remindAfter", "escalateAfter", "expireAfter"),
                refused("set a budget", () -> kit.setBudget().set(petra, new SetBudgetCommand(null,
                        Money.euro("-5"), null)), "user", "amount", "period"),
                refused("set a budget larger than can be kept", () -> kit.setBudget().set(petra,
                        new SetBudgetCommand(UserId.random(), Money.euro("10000000000000.00"), BudgetPeriod.MONTH)),
                        "amount"),
                refused("add users whose addresses pass @Email but are no e-mail address", () -> kit.addUser()
                        .add(petra, new AddUserCommand("jan@localhost", "Jan", Role.USER, Set.of(), Fixtures.PASSWORD)),
                        "email"),
                refused("add a user at a domain without a dot", () -> kit.addUser().add(petra, new AddUserCommand(
                        "jan@jansen", "Jan", Role.USER, Set.of(), Fixtures.PASSWORD)), "email"),
                refused("add a user with a quoted local part holding a space", () -> kit.addUser().add(petra,
                        new AddUserCommand("\"jan smit\"@jansen.example", "Jan", Role.USER, Set.of(),
                                Fixtures.PASSWORD)), "email"),
                refused("add a user whose name holds a NUL", () -> kit.addUser().add(petra, new AddUserCommand(
                        Fixtures.email("nul").value(), "Jan\u0000de Monteur", Role.USER, Set.of(),
                        Fixtures.PASSWORD)), "username"),
                refused("add a user whose name holds half a surrogate pair", () -> kit.addUser().add(petra,
                        new AddUserCommand(Fixtures.email("half").value(), "Jan \uD83D", Role.USER, Set.of(),
                                Fixtures.PASSWORD)), "username"),
                refused("add a user with a missing right", () -> kit.addUser().add(petra, new AddUserCommand(
                        Fixtures.email("r").value(), "R", Role.USER, new HashSet<>(Arrays.asList((Right) null)),
                        Fixtures.PASSWORD)), "rights[0]"),
                refused("submit a cart with a missing line", () -> kit.submitOrder().submit(petra,
                        new SubmitOrderCommand(Arrays.asList(new CartLine(TestCatalog.DRILL, 1), null))), "lines[1]"),
                refused("submit a reference with a control character", () -> kit.submitOrder().submit(petra,
                        new SubmitOrderCommand(List.of(new CartLine(TestCatalog.DRILL, 1)), "PO\u0007-12")),
                        "reference"),
                refused("name a substitute until the end of time", () -> kit.nameSubstitute().name(petra,
                        new NameSubstituteCommand(UserId.random(), Instant.MIN, Instant.MAX)), "from", "until"),
                refused("view an order request without naming it", () -> kit.viewOrderRequest().view(petra, null),
                        "order"),
                refused("view a budget without naming the user", () -> kit.viewBudget().view(petra, null), "user"),
                refused("remove a budget", () -> kit.removeBudget().remove(petra, new RemoveBudgetCommand(null)),
                        "user"),
                refused("mark every order for approval", () -> kit.changeApprovalRequirement().change(petra,
                        new ChangeApprovalRequirementCommand(null, true)), "user"),
                refused("confirm an order", () -> kit.confirmOrder().confirm(customerService,
                        new ConfirmOrderCommand("12 34!", "", null, List.of())),
                        "customerNumber", "erpOrderNumber", "orderRequest", "expectedDeliveries"),
                refused("record an order of another channel", () -> kit.recordChannelOrder().record(customerService,
                        new RecordChannelOrderCommand(jansen.value(), "ORD 1", null, null, Instant.MIN, List.of(
                                new ChannelOrderLine("", null, 0, Money.euro("-1"), new BigDecimal("21.001"),
                                        LocalDate.MIN)))),
                        "erpOrderNumber", "channel", "reference", "orderedAt", "lines[0].articleNumber",
                        "lines[0].description", "lines[0].quantity", "lines[0].unitNetPrice", "lines[0].vatRate",
                        "lines[0].expectedOn"),
                refused("record a webshop order as one of another channel", () -> kit.recordChannelOrder().record(
                        customerService, new RecordChannelOrderCommand(jansen.value(), "ORD-1", OrderChannel.WEBSHOP,
                                "", Fixtures.NOW, List.of(new ChannelOrderLine("BOOR-18V", "", 1,
                                        Money.euro("199.00"), BigDecimal.TEN, LocalDate.of(2026, 3, 9))))),
                        "channel"),
                refused("record a delivery", () -> kit.recordDelivery().record(customerService,
                        new RecordDeliveryCommand(jansen.value(), "", "ORD-1", null, List.of(new LineQuantity(0, -3)))),
                        "deliveryNumber", "deliveredOn", "lines[0].lineNumber", "lines[0].quantity"),
                refused("record a shipment with a carrier without a tracking link", () -> kit.recordShipment().record(
                        customerService, new RecordShipmentCommand(jansen.value(), "Z-1", "ORD-1", "Postduif",
                                "ABC 123", Fixtures.NOW, List.of(new LineQuantity(1, 1)))),
                        "carrier", "trackingCode"),
                refused("record an invoice due before its date that does not add up", () -> kit.recordInvoice()
                        .record(customerService, new RecordInvoiceCommand(jansen.value(), "F-1",
                                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), List.of(new InvoiceLine("",
                                        "Vracht", Money.euro("10.00"), new BigDecimal("21"))), List.of(new VatTotal(
                                                new BigDecimal("21"), Money.euro("10.00"), Money.euro("2.10"),
                                                Money.euro("12.00"))))),
                        "dueDate", "vat[0]"),
                refused("record a payment of nothing", () -> kit.recordPayment().record(customerService,
                        new RecordPaymentCommand(jansen.value(), "B-1", "F-1", Money.euro("0.00"), null)),
                        "amount", "date"),
                refused("list orders", () -> kit.listOrders().list(petra, new OrderQuery(new OrderFilter(
                        LocalDate.MIN, null, null, "", "ORD 1"), new PageRequest(201, null))),
                        "filter.from", "filter.statuses", "filter.reference", "filter.erpOrderNumber", "page.size"),
                refused("view an order without naming it", () -> kit.viewOrder().view(petra, "ORD 1"),
                        "erpOrderNumber"),
                refused("start night delivery", () -> kit.startNightDelivery().start(petra,
                        new NightDeliveryCommand(null, "x".repeat(501))), "address", "accessInstructions"),
                refused("ask for return stickers", () -> kit.requestNightDeliveryService().request(petra,
                        new ServiceRequestCommand(null, 0)), "kind", "quantity"),
                refused("fulfil a service request", () -> kit.fulfilServiceRequest().fulfil(customerService,
                        new FulfilServiceRequestCommand("", null)), "customerNumber", "request"),
                refused("register a repair", () -> kit.registerRepair().register(petra,
                        new RegisterRepairCommand("", "s".repeat(10_000), " ")), "articleNumber", "serialNumber",
                        "problem"),
                refused("report a delivery problem", () -> kit.registerDeliveryProblem().register(petra,
                        new RegisterDeliveryProblemCommand("ORD 1", null, null, "a\u0000b")),
                        "erpOrderNumber", "shipmentNumber", "problem", "description"),
                refused("decide a service case", () -> kit.decideServiceCase().decide(customerService,
                        new DecideServiceCaseCommand(jansen.value(), "RP-26-1", null, null, null)),
                        "caseNumber", "to", "note"),
                refused("claim warranty", () -> kit.registerWarrantyClaim().register(petra,
                        new RegisterWarrantyClaimCommand("", 0, null, "")), "erpOrderNumber", "lineNumber",
                        "serialNumber", "problem"),
                refused("return goods", () -> kit.registerReturn().register(petra, new RegisterReturnCommand(
                        "ORD 1", java.util.Arrays.asList(new LineQuantity(1, 0), null, new LineQuantity(1, -3)),
                        null, "r".repeat(10_000))), "erpOrderNumber", "lines[0].quantity", "lines[1]",
                        "lines[2].quantity", "lines[2].lineNumber", "reason", "remark"),
                refused("return goods without lines", () -> kit.registerReturn().register(petra,
                        new RegisterReturnCommand("ORD-1", List.of(), ReturnReason.OTHER, "")), "lines", "remark"),
                refused("request a quote", () -> kit.requestQuote().request(petra, new RequestQuoteCommand(
                        java.util.Arrays.asList(new CartLine("BOOR-18V", 0), null), null)), "lines[0].quantity",
                        "lines[1]", "remark"),
                refused("answer a quote", () -> kit.answerQuote().answer(customerService, new AnswerQuoteCommand(
                        jansen.value(), "OF-2026-1", List.of(Money.euro("-1.00")), null)), "quoteNumber",
                        "unitPrices[0]", "validUntil"),
                refused("order a quote by a malformed number", () -> kit.orderQuote().order(petra, "OF 1"),
                        "quoteNumber"),
                refused("create an article list", () -> kit.createArticleList().create(petra,
                        new CreateArticleListCommand(" ", true)), "name"),
                refused("put an article on a list", () -> kit.addListLine().add(petra, new ListLineCommand(null,
                        "a\u0000b", -4, null)), "list", "articleNumber", "quantity", "note"),
                refused("view a service case by a malformed number", () -> kit.viewServiceCase().view(petra,
                        "RP-2026-1"), "caseNumber"),
                refused("act without an actor", () -> kit.addAddress().add(null, new AddAddressCommand("Thuis",
                        Fixtures.addressFields("Thuis"), false)), "actor"),
                refused("send no command", () -> kit.addUser().add(petra, null), "command"));
    }

    @Test
    void the_reasons_read_naturally_in_both_languages() {
        InvalidCommand refused = (InvalidCommand) catchThrowable(() -> kit.addAddress().add(petra,
                new AddAddressCommand("Werkplaats Utrecht", new AddressFields("Jansen", "Industrieweg", "12",
                        "0542 AD", "Utrecht", Country.NL), false)));

        Violation postcode = refused.violations().get(0);
        assertThat(postcode.field()).isEqualTo("address.postcode");
        assertThat(postcode.english()).isEqualTo("is not a valid postcode for the chosen country");
        assertThat(postcode.dutch()).isEqualTo("is geen geldige postcode voor het gekozen land");
        assertThat(refused.getMessage())
                .isEqualTo("Invalid input: address.postcode: is not a valid postcode for the chosen country");
        assertThat(refused.message(Locale.forLanguageTag("nl-BE")))
                .isEqualTo("Ongeldige invoer: address.postcode: is geen geldige postcode voor het gekozen land");
    }

    private DynamicTest refused(String command, ThrowingCallable attempt, String... fields) {
        return DynamicTest.dynamicTest(command, () -> {
            StoredState before = StoredState.of(storage, jansen);

            Throwable thrown = catchThrowable(attempt);

            assertThat(thrown).isInstanceOf(InvalidCommand.class);
            InvalidCommand invalid = (InvalidCommand) thrown;
            assertThat(invalid.fields()).containsExactlyInAnyOrder(fields);
            assertThat(invalid.violations()).allSatisfy(violation -> {
                assertThat(violation.english()).isNotBlank();
                assertThat(violation.dutch()).isNotBlank().isNotEqualTo(violation.english());
            });
            assertThat(invalid.getMessage()).startsWith("Invalid input: ").contains(fields);
            assertThat(invalid.message(Messages.dutch())).startsWith("Ongeldige invoer: ").contains(fields);
            assertThat(StoredState.of(storage, jansen)).isEqualTo(before);
            assertThat(kit.listAddresses().list(petra)).extracting(saved -> saved.id()).containsExactly(workshop);
        });
    }
}
