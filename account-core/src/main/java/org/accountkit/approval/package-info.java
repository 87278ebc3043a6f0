/**
 * <b>Order approval</b> ("goedkeuring"): a submitted cart is placed at once, or waits until approvers decide, the
 * requester withdraws it, or it expires. Nobody decides on their own order; a decision is taken once; above an
 * amount a second approver must approve after the first; approvers who are away name substitutes; waiting orders
 * are reminded, escalated and expire on the host's schedule.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.approval.SubmitOrder}, {@link org.accountkit.approval.ExplainOrder},
 *       {@link org.accountkit.approval.ApproveOrder}, {@link org.accountkit.approval.RejectOrder},
 *       {@link org.accountkit.approval.WithdrawOrder}, {@link org.accountkit.approval.ViewOrderRequest},
 *       {@link org.accountkit.approval.ListOrderRequests}, {@link org.accountkit.approval.ListMyOrderRequests},
 *       {@link org.accountkit.approval.ConfigureApprovalRules}, {@link org.accountkit.approval.NameSubstitute},
 *       {@link org.accountkit.approval.EndSubstitution}, {@link org.accountkit.approval.ProcessApprovalDeadlines}.</li>
 *   <li>Host ports: {@link org.accountkit.outbox.Notifications}; placed orders go to
 *       {@link org.accountkit.ordering.OrderHandOff}, carts are priced by {@link org.accountkit.ordering.ArticleCatalog}.</li>
 *   <li>Storage: {@link org.accountkit.spi.OrderRequests}, {@link org.accountkit.spi.OrderingContexts},
 *       {@link org.accountkit.spi.ApprovalPolicies}, {@link org.accountkit.spi.Substitutions}.</li>
 *   <li>Events: {@link org.accountkit.approval.OrderPlaced}, {@link org.accountkit.approval.OrderAwaitingApproval},
 *       {@link org.accountkit.approval.ApprovalGiven}, {@link org.accountkit.approval.OrderApproved},
 *       {@link org.accountkit.approval.OrderRejected}, {@link org.accountkit.approval.OrderWithdrawn},
 *       {@link org.accountkit.approval.ApproversReminded}, {@link org.accountkit.approval.ApprovalEscalated},
 *       {@link org.accountkit.approval.OrderExpired}, {@link org.accountkit.approval.ApprovalRulesChanged}.</li>
 *   <li>Errors: {@link org.accountkit.approval.DecisionAlreadyTaken},
 *       {@link org.accountkit.approval.OwnOrderCannotBeDecided}, {@link org.accountkit.approval.SecondApproverRequired}.</li>
 *   <li>Aggregates (internal): {@code OrderRequest}, {@code ApprovalPolicy}, {@code Substitution}.</li>
 * </ul>
 */
package org.accountkit.approval;
