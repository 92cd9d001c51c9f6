package org.attain.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.attain.i18n.MessageException;
import org.attain.monitoring.CheckpointLock;
import org.attain.monitoring.CheckpointLocks;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentTree;
import org.attain.review.ReviewRefusal;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The checkpoint's locks and the button that takes or lifts one: the bureau's officer picks every department (empty)
 * or one department; a department's officer acts on their own department. The state names every lock in force.
 */
class LockControls extends HorizontalLayout {

    private final CheckpointLocks locks;
    private final Checkpoint at;
    private final List<CheckpointLock> held;
    private final TextField reason = new TextField();
    private final Button toggle = new Button();
    private final @Nullable ComboBox<DepartmentTree.Node> department;
    private final DepartmentScope scope;

    LockControls(CheckpointLocks locks, DepartmentTree tree, DepartmentScope scope, Checkpoint at) {
        this.locks = locks;
        this.at = at;
        this.scope = scope;
        this.held = locks.locks(at);
        Paragraph state = new Paragraph(state());
        state.setId("lock-state");
        reason.setLabel(getTranslation("reports.unlockReason"));
        reason.setId("unlock-reason");
        toggle.setId("toggle-lock");
        toggle.addClickListener(e -> act());
        add(state);
        if (scope.all()) {
            department = new ComboBox<>(getTranslation("reports.lockDepartment"), tree.all());
            department.setId("lock-department");
            department.setItemLabelGenerator(n -> n.isUnit() ? n.parentName() + " › " + n.name() : n.name());
            department.setClearButtonVisible(true);
            department.setPlaceholder(getTranslation("reports.allDepartments"));
            department.addValueChangeListener(e -> showTarget());
            add(department);
        } else {
            department = null;
        }
        add(reason, toggle);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        showTarget();
    }

    private String state() {
        if (held.isEmpty()) {
            return getTranslation("reports.open");
        }
        if (held.getFirst().all()) {
            return getTranslation("reports.locked");
        }
        return getTranslation(
                "reports.lockedFor",
                String.join("、", held.stream().map(CheckpointLock::department).toList()));
    }

    /** The department the button acts on: null for every department (the bureau) or for one's own (a department). */
    private @Nullable Long target() {
        return department == null || department.getValue() == null
                ? null
                : department.getValue().id();
    }

    /** The lock the button would lift, if the chosen department (or one's own) is locked. */
    private Optional<CheckpointLock> targetLock() {
        Long target = target();
        long id = target != null
                ? target
                : scope.all() || scope.department() == null ? CheckpointLock.ALL_DEPARTMENTS : scope.department();
        return held.stream().filter(l -> l.departmentId() == id).findFirst();
    }

    private void showTarget() {
        boolean locked = targetLock().isPresent();
        reason.setVisible(locked);
        toggle.setText(getTranslation(locked ? "reports.unlock" : "reports.lockNow"));
    }

    private void act() {
        try {
            if (targetLock().isPresent()) {
                locks.unlock(at, target(), reason.getValue());
            } else {
                locks.lock(at, target());
            }
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ReviewRefusal ex) {
            error(ex.message(getLocale()));
        } catch (MessageException ex) {
            error(getTranslation(ex.message()));
        }
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
