package org.roundtable.platform.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.round.RoundId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Freezes electorates into {@code electorate_member} with one INSERT … SELECT, so millions of
 * workers never pass through memory; the digest is SHA-256 over the sorted ids, one per line.
 */
@Component
class JdbcElectorates implements Electorates {

    private static final int MEMBERS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    JdbcElectorates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(10_000);
    }

    @Override
    public FrozenElectorate freeze(RoundId roundId, PlatformId platformId, ElectorateKind kind) {
        Long existing = jdbc.queryForObject("select count(*) from electorate_member where round_id = ?",
                Long.class, roundId.value());
        if (existing == null || existing == 0) {
            if (kind == ElectorateKind.REPRESENTATIVES) {
                jdbc.update("insert into electorate_member (round_id, person_id) select ?, person_id"
                                + " from roster_member where platform_id = ? and side = ?",
                        roundId.value(), platformId.value(), Side.WORKERS.name());
            } else {
                jdbc.update("insert into electorate_member (round_id, person_id) select ?, p.id from person p"
                                + " join person_role r on r.person_id = p.id and r.role = ?"
                                + " where p.platform_id = ? and p.erased = false",
                        roundId.value(), Role.WORKER.name(), platformId.value());
            }
        }
        return describe(roundId);
    }

    private FrozenElectorate describe(RoundId roundId) {
        MessageDigest sha256 = sha256();
        long[] size = {0};
        RowCallbackHandler digestRow = rs -> {
            sha256.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            size[0]++;
        };
        streaming.query("select person_id from electorate_member where round_id = ? order by person_id",
                digestRow, roundId.value());
        return new FrozenElectorate(size[0], HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public boolean includes(RoundId roundId, PersonId personId) {
        Integer found = jdbc.query("select 1 from electorate_member where round_id = ? and person_id = ?",
                rs -> rs.next() ? 1 : 0, roundId.value(), personId.value());
        return found != null && found == 1;
    }

    @Override
    public Set<PersonId> membersAmong(RoundId roundId, Collection<PersonId> people) {
        Set<PersonId> members = new HashSet<>();
        List<PersonId> all = List.copyOf(people);
        for (int from = 0; from < all.size(); from += MEMBERS_PER_QUERY) {
            List<PersonId> chunk = all.subList(from, Math.min(all.size(), from + MEMBERS_PER_QUERY));
            Object[] arguments = new Object[chunk.size() + 1];
            arguments[0] = roundId.value();
            for (int i = 0; i < chunk.size(); i++) {
                arguments[i + 1] = chunk.get(i).value();
            }
            jdbc.query("select person_id from electorate_member where round_id = ? and person_id in ("
                            + "?,".repeat(chunk.size() - 1) + "?)",
                    rs -> {
                        members.add(PersonId.of(rs.getString(1)));
                    }, arguments);
        }
        return members;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
