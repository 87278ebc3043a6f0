/**
 * E-mail for AccountKit's notices over SMTP: {@link org.accountkit.mail.SmtpNotifications}, with templates in Dutch
 * and English that a host can override ({@link org.accountkit.mail.MailTemplates}).
 */
package org.accountkit.mail;
