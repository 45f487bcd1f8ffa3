package org.roundtable.lifecycle;

import org.roundtable.support.RoundtableTest;

/** The whole consultation on the embedded default store (H2 file database). */
@RoundtableTest
class ConsultationLifecycleTest extends ConsultationLifecycle {
}
