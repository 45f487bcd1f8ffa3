package org.roundtable.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.spring.stereotype.Aggregate;

/** The lines that keep features apart and messages immutable. */
@AnalyzeClasses(packages = "org.roundtable", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesLiveOnTheCommandSide = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().resideInAPackage("..command..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule readSideNeverReachesIntoTheCommandSide = noClasses()
            .that().resideInAnyPackage("org.roundtable..query..", "org.roundtable..web..")
            .should().dependOnClassesThat().resideInAPackage("org.roundtable..command..");

    /** Read models commit their batches without waiting for the disk (RelaxedProcessorCommits): they must not send commands. */
    @ArchTest
    static final ArchRule readModelsNeverSendCommands = noClasses()
            .that().resideInAPackage("org.roundtable..query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..",
                    "org.axonframework.deadline..");

    @ArchTest
    static final ArchRule controllersOnlyTalkThroughGateways = noClasses()
            .that().resideInAPackage("org.roundtable..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventsourcing.EventSourcingRepository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.modelling.command.Repository");

    @ArchTest
    static final ArchRule everyCommandEventAndQueryIsARecord = classes()
            .that(areMessages())
            .should(beRecords());

    @ArchTest
    static final ArchRule noXStreamAnywhere = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.thoughtworks.xstream..");

    @ArchTest
    static final ArchRule sharedStaysFreeOfFeatureInternals = noClasses()
            .that().resideInAPackage("org.roundtable.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.roundtable..command..", "org.roundtable..query..",
                    "org.roundtable.people.web..", "org.roundtable.platform.web..", "org.roundtable.proposal.web..",
                    "org.roundtable.round.web..", "org.roundtable.vote.web..", "org.roundtable.rule.web..")
            .allowEmptyShould(true);

    private static DescribedPredicate<JavaClass> areMessages() {
        return new DescribedPredicate<>("are commands, events or queries") {
            @Override
            public boolean test(JavaClass type) {
                boolean nestedInMessageFile = type.getEnclosingClass()
                        .map(outer -> outer.getSimpleName().endsWith("Commands")
                                || outer.getSimpleName().endsWith("Events")
                                || outer.getSimpleName().endsWith("Queries"))
                        .orElse(false);
                String name = type.getSimpleName();
                boolean namedAsQuery = name.startsWith("Find") || name.startsWith("Get");
                return !type.isInterface() && !type.isEnum() && (nestedInMessageFile || namedAsQuery)
                        && type.getPackageName().startsWith("org.roundtable");
            }
        };
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean record = type.reflect().isRecord();
                events.add(new SimpleConditionEvent(type, record, type.getName() + (record ? " is" : " is not")
                        + " a record"));
            }
        };
    }
}
