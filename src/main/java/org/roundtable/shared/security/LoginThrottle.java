package org.roundtable.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts failed sign-ins per username and per client address in the {@code login_throttle} table,
 * so that the count survives restarts and is shared by every node. Past the limit, sign-in is
 * locked for a period that doubles with each further failure. Keys are stored as SHA-256 hashes:
 * the table holds no usernames or addresses in clear.
 */
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final SecuritySettings.Login settings;
    private final Clock clock;

    public LoginThrottle(JdbcTemplate jdbc, SecuritySettings.Login settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses at once while the username or the address is locked. */
    public void assertNotLocked(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = remaining(userKey(username), now);
        if (wait.isEmpty() && address != null) {
            wait = remaining(addressKey(address), now);
        }
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        count(userKey(username), settings.maxFailuresPerUsername(), now);
        if (address != null) {
            count(addressKey(address), settings.maxFailuresPerAddress(), now);
        }
    }

    /** A correct password clears the username's count; an address's count only fades with time. */
    public void succeeded(String username) {
        jdbc.update("delete from login_throttle where subject = ?", userKey(username));
    }

    /** Rows of failures long past and no longer locking anyone go, so the table stays small. */
    private void forgetOld(Instant now) {
        jdbc.update("delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now));
    }

    private Optional<Duration> remaining(String key, Instant now) {
        List<Timestamp> until = jdbc.query("select locked_until from login_throttle where subject = ?",
                (rs, row) -> rs.getTimestamp(1), key);
        if (until.isEmpty() || until.get(0) == null || !until.get(0).toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until.get(0).toInstant()));
    }

    private void count(String key, int limit, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(settings.forgetAfter()));
        int updated = jdbc.update("update login_throttle set failures = failures + 1, last_failure_at = ?"
                + " where subject = ? and last_failure_at > ?", at, key, forgotten);
        if (updated == 0) {
            updated = jdbc.update("update login_throttle set failures = 1, last_failure_at = ?, locked_until = null"
                    + " where subject = ?", at, key);
        }
        if (updated == 0) {
            try {
                jdbc.update("insert into login_throttle (subject, failures, last_failure_at) values (?, 1, ?)",
                        key, at);
            } catch (DuplicateKeyException raced) {
                jdbc.update("update login_throttle set failures = failures + 1, last_failure_at = ? where subject = ?",
                        at, key);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from login_throttle where subject = ?",
                Integer.class, key);
        if (failures != null && failures >= limit) {
            jdbc.update("update login_throttle set locked_until = ? where subject = ?",
                    Timestamp.from(now.plus(lockFor(failures - limit))), key);
        }
    }

    /** The first lock, doubled for each failure past the limit, never longer than the longest lock. */
    Duration lockFor(int failuresPastLimit) {
        Duration lock = settings.firstLock();
        for (int i = 0; i < failuresPastLimit && lock.compareTo(settings.longestLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock;
    }

    private static String userKey(String username) {
        return hash("user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
