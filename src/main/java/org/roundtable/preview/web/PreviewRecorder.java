package org.roundtable.preview.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.ImpactPreview;
import org.roundtable.preview.OrderSample;
import org.roundtable.preview.OrderSampleParser;
import org.roundtable.preview.PreviewSettings;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.proposal.ProposalCommands.RecordImpactPreview;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Computes an impact preview of a proposal's current revision on an uploaded order sample and
 * records it: before is the rule's current version, after is that version with the revision's
 * proposed values. A sample that cannot be read, or any refusal, records nothing.
 */
@Component
public class PreviewRecorder {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PreviewSettings settings;

    PreviewRecorder(CommandGateway commands, QueryGateway queries, PreviewSettings settings) {
        this.commands = commands;
        this.queries = queries;
        this.settings = settings;
    }

    /** What was recorded. */
    public record Recorded(ProposalId proposalId, int revision, RuleId ruleId, int ruleVersion,
                           RecordedImpact impact) {
    }

    /** Whether the person may record previews for the platform's proposals: its HR or its worker representatives. */
    public static boolean mayRecord(Actor actor, PlatformId platform) {
        return actor != null && actor.belongsTo(platform)
                && (actor.has(Role.PLATFORM_HR) || actor.has(Role.REPRESENTATIVE));
    }

    /**
     * Records a preview of proposal {@code id} for rule {@code chosen} (or the one rule it changes
     * that a sample can preview) with {@code hourlyFloor} (or the configured floor).
     */
    public Recorded record(ProposalId id, RuleId chosen, Double hourlyFloor, MultipartFile file, Actor actor) {
        ProposalView proposal = proposal(id, actor);
        if (!mayRecord(actor, proposal.platformId())) {
            throw new DomainException.NotAllowed("Only HR or worker representatives of platform "
                    + proposal.platformId() + " may record impact previews for its proposals.");
        }
        if (proposal.revision() < 1) {
            throw new DomainException.Conflict("Proposal " + proposal.id() + " is still a draft: a preview is"
                    + " recorded for a submitted revision, so submit it first.");
        }
        RuleView rule = rule(proposal, chosen);
        double floor = floor(hourlyFloor);
        byte[] digest;
        OrderSample orders;
        MessageDigest sha256 = sha256();
        requireFile(file);
        try (InputStream input = new DigestInputStream(file.getInputStream(), sha256)) {
            // the parser reads a good sample to its end, so the digest covers every byte of the file
            orders = new OrderSampleParser(settings.maxOrders()).parse(input);
            digest = sha256.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded order sample", e);
        }
        ImpactPreview preview = ImpactPreview.compute(rule.kind(), RuleModel.values(rule.parameters()),
                RuleModel.values(RuleModel.apply(rule.parameters(), changesOf(proposal, rule.id()))), orders,
                new PreviewSettings(floor, settings.maxOrders(), settings.maxFileSize()));
        RecordedImpact impact = RecordedImpact.of(preview, digest);
        commands.sendAndWait(new RecordImpactPreview(proposal.id(), proposal.revision(), rule.id(), rule.version(),
                impact, actor.platform(), actor.id()));
        return new Recorded(proposal.id(), proposal.revision(), rule.id(), rule.version(), impact);
    }

    /** The rules a proposal changes that a sample of orders can preview, in the order the changes name them. */
    public List<RuleView> previewableRules(ProposalView proposal) {
        Set<RuleId> named = new LinkedHashSet<>();
        proposal.changes().forEach(change -> named.add(change.ruleId()));
        return named.stream().map(this::findRule).flatMap(Optional::stream)
                .filter(rule -> rule.kind() != null && rule.kind().previewable()).toList();
    }

    private ProposalView proposal(ProposalId id, Actor actor) {
        ProposalView proposal = queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join().orElse(null);
        if (proposal == null || proposal.status() == ProposalStatus.DRAFT
                && !(actor != null && actor.has(Role.PLATFORM_HR) && actor.belongsTo(proposal.platformId()))) {
            throw new DomainException.NotFound("There is no proposal " + id + ".");
        }
        return proposal;
    }

    private RuleView rule(ProposalView proposal, RuleId chosen) {
        List<RuleView> rules = previewableRules(proposal);
        if (rules.isEmpty()) {
            throw new DomainException.Invalid("Proposal " + proposal.id() + " changes no pricing or delivery-time rule"
                    + " with a model, so a sample of orders cannot preview it.");
        }
        if (chosen == null) {
            if (rules.size() > 1) {
                throw new DomainException.Invalid("Proposal " + proposal.id() + " changes " + rules.size()
                        + " rules a sample can preview: choose one of "
                        + String.join(", ", rules.stream().map(rule -> rule.id().value()).toList()) + ".");
            }
            return rules.get(0);
        }
        return rules.stream().filter(rule -> rule.id().equals(chosen)).findFirst()
                .orElseThrow(() -> new DomainException.Invalid("Proposal " + proposal.id() + " changes no rule " + chosen
                        + " that a sample of orders can preview."));
    }

    private Optional<RuleView> findRule(RuleId id) {
        return queries.query(new FindRule(id), ResponseTypes.optionalInstanceOf(RuleView.class)).join();
    }

    private static List<org.roundtable.proposal.ParameterChange> changesOf(ProposalView proposal, RuleId rule) {
        return proposal.changes().stream().filter(change -> change.ruleId().equals(rule)).toList();
    }

    private double floor(Double hourlyFloor) {
        double floor = hourlyFloor == null ? settings.hourlyFloor() : hourlyFloor;
        if (!(floor >= 0) || floor > 10_000) {
            throw new DomainException.Invalid("hourlyFloor " + hourlyFloor + " must be from 0 to 10000 CNY per hour.");
        }
        return floor;
    }

    private void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException.Invalid("Attach the order sample: a CSV file whose first line is "
                    + OrderSampleParser.HEADER + ".");
        }
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            throw new DomainException.Invalid("The order sample has " + file.getSize() + " bytes; at most "
                    + settings.maxFileSize().toBytes() + " are taken.");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
