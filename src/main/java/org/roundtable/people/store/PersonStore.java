package org.roundtable.people.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data store: accounts, names, phone numbers and roles. It is deliberately not
 * event-sourced, so that a person's data can be erased; everything else refers to people by id.
 */
@Repository
public class PersonStore {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    public PersonStore(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional
    public PersonAccount register(NewPerson person) {
        PersonId id = person.id() != null ? person.id() : PersonId.random();
        try {
            jdbc.update("insert into person (id, username, password_hash, display_name, phone, platform_id, erased,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, false, ?)",
                    id.value(), person.username(), passwords.encode(person.password()), person.displayName(),
                    person.phone(), person.platform() == null ? null : person.platform().value(),
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new DomainException.Conflict("The username '" + person.username() + "' is taken.");
        }
        for (Role role : person.roles()) {
            jdbc.update("insert into person_role (person_id, role) values (?, ?)", id.value(), role.name());
        }
        return find(id).orElseThrow();
    }

    public Optional<PersonAccount> find(PersonId id) {
        return one("select * from person where id = ?", id.value());
    }

    public Optional<PersonAccount> findByUsername(String username) {
        return one("select * from person where username = ? and erased = false", username);
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.query("select password_hash from person where username = ? and erased = false",
                (rs, row) -> rs.getString(1), username).stream().filter(Objects::nonNull).findFirst();
    }

    /** The name to show for a person, or empty when they gave none or were erased. */
    public Optional<String> displayName(PersonId id) {
        return find(id).filter(account -> !account.erased()).map(PersonAccount::displayName);
    }

    /** Stores a new hash of the same password (a stronger cost); the password itself never reaches here. */
    public void replacePasswordHash(String username, String newHash) {
        jdbc.update("update person set password_hash = ? where username = ? and erased = false", newHash, username);
    }

    /**
     * Records a person who signed in with the identity provider's access token: id, platform and
     * roles as the token states them, no name, no password. Answers false for an erased person,
     * who stays erased. Each statement stands alone and repeats safely, so that two first requests
     * of the same person at once both succeed.
     */
    public boolean admitExternal(PersonId id, PlatformId platform, Set<Role> roles) {
        Optional<PersonAccount> known = find(id);
        if (known.isEmpty()) {
            try {
                jdbc.update("insert into person (id, username, password_hash, display_name, phone, platform_id, erased,"
                                + " created_at) values (?, ?, null, null, null, ?, false, ?)",
                        id.value(), "idp:" + id.value(), platform == null ? null : platform.value(),
                        Timestamp.from(Instant.now()));
            } catch (DuplicateKeyException raced) {
                return admitExternal(id, platform, roles);
            }
            known = find(id);
        }
        PersonAccount account = known.orElseThrow();
        if (account.erased()) {
            return false;
        }
        if (!Objects.equals(account.platform(), platform)) {
            jdbc.update("update person set platform_id = ? where id = ?",
                    platform == null ? null : platform.value(), id.value());
        }
        for (Role role : account.roles()) {
            if (!roles.contains(role)) {
                jdbc.update("delete from person_role where person_id = ? and role = ?", id.value(), role.name());
            }
        }
        for (Role role : roles) {
            if (!account.roles().contains(role)) {
                try {
                    jdbc.update("insert into person_role (person_id, role) values (?, ?)", id.value(), role.name());
                } catch (DuplicateKeyException raced) {
                    // another request of the same person recorded it first
                }
            }
        }
        return true;
    }

    public List<PersonAccount> findByPlatform(PlatformId platform) {
        return jdbc.query("select * from person where platform_id = ? and erased = false order by username",
                this::map, platform.value()).stream().map(this::withRoles).toList();
    }

    /**
     * Erases a person's personal data: name, phone, username and password are removed; the opaque
     * id stays so that the recorded history still replays and every tally still adds up.
     */
    @Transactional
    public void erase(PersonId id) {
        int updated = jdbc.update("update person set username = ?, password_hash = null, display_name = null,"
                        + " phone = null, erased = true, erased_at = ? where id = ? and erased = false",
                "erased-" + id.value(), Timestamp.from(Instant.now()), id.value());
        if (updated == 0 && find(id).isEmpty()) {
            throw new DomainException.NotFound("There is no person " + id + ".");
        }
    }

    private Optional<PersonAccount> one(String sql, Object arg) {
        return jdbc.query(sql, this::map, arg).stream().findFirst().map(this::withRoles);
    }

    /** A person row without its roles: the roles are read after the row, never while its query holds a connection. */
    private PersonAccount map(ResultSet rs, int row) throws SQLException {
        String platform = rs.getString("platform_id");
        return new PersonAccount(PersonId.of(rs.getString("id")), rs.getString("username"),
                rs.getString("display_name"), rs.getString("phone"), platform == null ? null : PlatformId.of(platform),
                Set.of(), rs.getBoolean("erased"));
    }

    private PersonAccount withRoles(PersonAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("select role from person_role where person_id = ?",
                (ResultSet r) -> {
                    roles.add(Role.valueOf(r.getString(1)));
                }, account.id().value());
        return new PersonAccount(account.id(), account.username(), account.displayName(), account.phone(),
                account.platform(), roles, account.erased());
    }

    /** What it takes to open an account; {@code id} null means a new random id. */
    public record NewPerson(PersonId id, String username, String password, String displayName, String phone,
                            PlatformId platform, Set<Role> roles) {

        public NewPerson {
            if (username == null || !username.matches("[A-Za-z0-9._-]{2,100}")) {
                throw new IllegalArgumentException(
                        "a username needs 2 to 100 letters, digits, '.', '_' or '-'");
            }
            if (password == null || password.length() < 8 || password.length() > 128) {
                throw new IllegalArgumentException("a password needs 8 to 128 characters");
            }
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("a person needs at least one role");
            }
            roles = Set.copyOf(roles);
            boolean platformBound = roles.contains(Role.PLATFORM_HR) || roles.contains(Role.WORKER)
                    || roles.contains(Role.REPRESENTATIVE);
            if (platformBound && platform == null) {
                throw new IllegalArgumentException("platform HR, workers and representatives belong to a platform");
            }
        }
    }
}
