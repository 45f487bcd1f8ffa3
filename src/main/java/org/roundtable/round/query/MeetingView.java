package org.roundtable.round.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.round.MeetingId;

/** The minutes of one negotiation meeting. */
public record MeetingView(MeetingId id, LocalDate date, List<PersonId> attendees, String minutes,
                          PersonId recordedBy, Instant recordedAt) {
}
