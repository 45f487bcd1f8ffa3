package org.roundtable.vote.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.roundtable.people.PersonId;
import org.roundtable.round.RoundId;
import org.roundtable.vote.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms as HMAC-SHA256 of round and voter under a secret key kept in a file outside the
 * event store (first 32 hex characters). Without the key nobody can tell whose ballot a stream
 * is, and the same voter has unrelated pseudonyms in different rounds. The key file is created
 * with 32 random bytes, readable by its owner only, when it does not exist yet; losing it means
 * the ballots of open rounds can no longer be found by their voters.
 */
@Component
class HmacPseudonyms implements Pseudonyms {

    private static final Logger LOG = LoggerFactory.getLogger(HmacPseudonyms.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int PSEUDONYM_HEX = 32;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    HmacPseudonyms(@Value("${roundtable.ballot.pseudonym-key-file:./data/pseudonym.key}") Path keyFile) {
        this.key = new SecretKeySpec(readOrCreate(keyFile), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    @Override
    public String of(RoundId roundId, PersonId voterId) {
        byte[] hash = macs.get().doFinal((roundId.value() + "\n" + voterId.value()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, PSEUDONYM_HEX);
    }

    /** A keyed MAC for one thread: doFinal resets it for the next pseudonym. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    private static byte[] readOrCreate(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("the pseudonym key file " + keyFile + " holds fewer than "
                        + KEY_BYTES + " bytes; restore it from backup or point roundtable.ballot.pseudonym-key-file"
                        + " at the right file");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key file " + keyFile, e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            if (parent != null && Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(keyFile);
            }
        } catch (FileAlreadyExistsException another) {
            return; // another process created it first: use theirs
        }
        Files.write(keyFile, key);
        LOG.info("Created a new pseudonym key file at {}; back it up, ballots are found through it", keyFile);
    }
}
