package org.accountkit.mail;

/** The SMTP server did not take a mail (it is down, refused the recipient, or the login failed). */
public final class MailNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what  which mail
     * @param cause what the mail library reported
     */
    public MailNotSent(String what, Throwable cause) {
        super("mail " + what + " was not sent: " + cause.getMessage(), cause);
    }
}
