package org.roundtable.shared.axon;

import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.EventProcessorProperties.Mode;
import org.axonframework.springboot.EventProcessorProperties.ProcessorSettings;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * What happens when an event handler of a processing group fails. Roundtable names each
 * processor after its one processing group, so a group's settings are those of the processor.
 * <ul>
 * <li>Subscribing groups keep write-side tables in the command's own transaction: a failure
 * must fail the command, so it propagates and nothing is parked.</li>
 * <li>Every other group (tracking: projections and reactions) parks a failed event in its
 * dead-letter queue and goes on with other sequences, unless it is listed in
 * {@code roundtable.event-processing.without-dead-letters}.</li>
 * </ul>
 */
public class ProcessingGroups {

    private final EventProcessorProperties processors;
    private final EventProcessingSettings settings;

    public ProcessingGroups(EventProcessorProperties processors, EventProcessingSettings settings) {
        this.processors = processors;
        this.settings = settings;
    }

    /** True if the group's handlers run inside the transaction of the command that published the event. */
    public boolean isSubscribing(String group) {
        ProcessorSettings own = processors.getProcessors().get(group);
        return own != null && own.getMode() == Mode.SUBSCRIBING;
    }

    /** True if a failed event of this group is parked in its dead-letter queue. */
    public boolean parksFailedEvents(String group) {
        return !isSubscribing(group) && !settings.withoutDeadLetters().contains(group);
    }

    /** The processing groups named by {@link ProcessingGroup} on the application's beans, sorted. */
    public static Set<String> declaredIn(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /** True if a failed event's own writes are undone while the rest of its batch goes on. */
    public boolean undoesFailedEventsAlone(String group) {
        return !isSubscribing(group);
    }
}
