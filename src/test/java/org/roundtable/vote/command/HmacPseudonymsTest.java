package org.roundtable.vote.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.people.PersonId;
import org.roundtable.round.RoundId;

class HmacPseudonymsTest {

    private static final RoundId ROUND = RoundId.of("rnd-1");
    private static final PersonId VOTER = PersonId.of("w-1");

    @TempDir
    Path dir;

    @Test
    void createsAnOwnerOnlyKeyFileOfThirtyTwoBytesWhenNoneExists() throws Exception {
        Path keyFile = dir.resolve("keys/nested/pseudonym.key");

        new HmacPseudonyms(keyFile);

        assertThat(keyFile).exists();
        assertThat(Files.readAllBytes(keyFile)).hasSize(32);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(keyFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void givesTheSameVoterTheSamePseudonymUnderTheSameKey() {
        Path keyFile = dir.resolve("pseudonym.key");
        String first = new HmacPseudonyms(keyFile).of(ROUND, VOTER);

        String afterRestart = new HmacPseudonyms(keyFile).of(ROUND, VOTER);

        assertThat(afterRestart).isEqualTo(first).matches("[0-9a-f]{32}");
    }

    @Test
    void givesTheSameVoterUnrelatedPseudonymsInDifferentRounds() {
        HmacPseudonyms pseudonyms = new HmacPseudonyms(dir.resolve("pseudonym.key"));

        assertThat(pseudonyms.of(RoundId.of("rnd-2"), VOTER)).isNotEqualTo(pseudonyms.of(ROUND, VOTER));
        assertThat(pseudonyms.of(ROUND, PersonId.of("w-2"))).isNotEqualTo(pseudonyms.of(ROUND, VOTER));
    }

    @Test
    void givesAnotherPseudonymUnderAnotherKey() {
        String underOneKey = new HmacPseudonyms(dir.resolve("one.key")).of(ROUND, VOTER);

        String underAnother = new HmacPseudonyms(dir.resolve("another.key")).of(ROUND, VOTER);

        assertThat(underAnother).isNotEqualTo(underOneKey);
    }

    @Test
    void usesAnExistingKeyFileAsItIs() throws Exception {
        Path keyFile = dir.resolve("given.key");
        Files.write(keyFile, new byte[32]);

        new HmacPseudonyms(keyFile);

        assertThat(Files.readAllBytes(keyFile)).isEqualTo(new byte[32]);
    }

    @Test
    void separatesRoundAndVoterSoNoTwoPairsRunTogether() {
        HmacPseudonyms pseudonyms = new HmacPseudonyms(dir.resolve("pseudonym.key"));

        assertThat(pseudonyms.of(RoundId.of("a-b"), PersonId.of("c")))
                .isNotEqualTo(pseudonyms.of(RoundId.of("a"), PersonId.of("b-c")));
        assertThat(pseudonyms.ballotOf(ROUND, VOTER).pseudonym()).isEqualTo(pseudonyms.of(ROUND, VOTER));
    }
}
