package org.fazhi.calendar;

import java.time.LocalDate;

/** The whole period runs anew from this day, e.g. 补正: from the day the corrected application arrives (OGI Art. 30). */
public record Restart(LocalDate on, String reason) {
}
