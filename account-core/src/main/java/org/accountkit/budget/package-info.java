/**
 * <b>Budgets</b> ("budgetlimiet"): what a user may spend per order, month, quarter or year before orders need
 * approval, and whether every order of theirs needs approval anyway. Periods follow the calendar of the customer's
 * time zone and roll over by themselves; the {@link org.accountkit.budget.Ledger} keeps what was spent in the period
 * and what waiting orders reserve, never below zero and never in a currency nobody chose.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.budget.SetBudget}, {@link org.accountkit.budget.RemoveBudget},
 *       {@link org.accountkit.budget.ChangeApprovalRequirement}, {@link org.accountkit.budget.ViewBudget}.</li>
 *   <li>Storage: {@link org.accountkit.spi.Budgets}; orders change the ledger through
 *       {@link org.accountkit.spi.OrderRequests}.</li>
 *   <li>Events: {@link org.accountkit.budget.BudgetSet}, {@link org.accountkit.budget.BudgetRemoved},
 *       {@link org.accountkit.budget.ApprovalRequirementChanged}.</li>
 *   <li>Aggregate (internal): {@code UserBudget}.</li>
 * </ul>
 */
package org.accountkit.budget;
