package org.example.peek;

/** A host that tries to reach AccountKit's insides: it must not compile. */
public final class Peek {

    public static Object peek() {
        return org.accountkit.approval.internal.OrderSubmission.class;
    }
}
