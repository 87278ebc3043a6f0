package org.accountkit.service;

/** Why goods are returned: the list a customer chooses from, with free text beside it. */
public enum ReturnReason {
    /** The customer ordered the wrong article ("verkeerd besteld"). */
    ORDERED_WRONG_ARTICLE,
    /** The wholesaler delivered another article than ordered ("verkeerd geleverd"). */
    DELIVERED_WRONG_ARTICLE,
    /** The article arrived damaged ("beschadigd"). */
    DAMAGED,
    /** The article does not work ("defect"). */
    DEFECTIVE,
    /** More was delivered or ordered than needed ("te veel"). */
    TOO_MANY,
    /** The job changed and the article is no longer needed ("niet meer nodig"). */
    NO_LONGER_NEEDED,
    /** Something else; the remark says what ("anders"). */
    OTHER
}
