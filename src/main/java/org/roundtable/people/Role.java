package org.roundtable.people;

/** What a person may do in Roundtable. A person may hold several roles. */
public enum Role {
    /** Platform HR / rules team of one platform: drafts proposals, answers opinions and amendments. */
    PLATFORM_HR,
    /** The union convener: keeps rosters, opens and chairs rounds. */
    CONVENER,
    /** A worker representative on a platform's roster. */
    REPRESENTATIVE,
    /** A registered worker of one platform. */
    WORKER,
    /** Reads everything recorded, to check it; changes nothing. */
    AUDITOR
}
