package org.attain.adjustment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.attain.adjustment.AdjustmentKind;
import org.attain.adjustment.AdjustmentRefusal;
import org.attain.adjustment.TargetAdjustments;
import org.attain.assessment.ScoringProfile;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.ProjectSummary;
import org.attain.status.Checkpoint;

/**
 * The officer proposes an adjustment: which project, a changed target (调整后), a new indicator or a removed one, from
 * which checkpoint on, why and on what basis. It applies once a second person approves it.
 */
class ProposeAdjustmentDialog extends Dialog {

    ProposeAdjustmentDialog(
            TargetAdjustments adjustments,
            IndicatorService indicators,
            List<ProjectSummary> projects,
            int year,
            Runnable proposed) {
        setId("propose-dialog");
        setHeaderTitle(getTranslation("adjustment.propose"));
        boolean en = "en".equals(getLocale().getLanguage());
        Select<ProjectSummary> project = select("adjustment.project", projects);
        project.setItemLabelGenerator(ProjectSummary::name);
        Select<AdjustmentKind> kind = select("adjustment.kind", List.of(AdjustmentKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("adjustment.kind." + k.name()));
        kind.setValue(AdjustmentKind.CHANGE);
        Select<Indicator> indicator = select("adjustment.indicator", List.of());
        indicator.setItemLabelGenerator(i -> i.getName() + " · " + i.getTargetText());
        project.addValueChangeListener(e -> indicator.setItems(
                e.getValue() == null
                        ? List.of()
                        : indicators.findByProject(e.getValue().id()).stream()
                                .filter(i -> i.getGoalTable() == GoalTable.ANNUAL)
                                .toList()));
        Select<Integer> month =
                select("adjustment.from", IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation(new Checkpoint(year, m)));
        TextField target = text("adjustment.after", "adjust-target");
        Select<String> category = select("indicator.category", ScoringProfile.CATEGORIES);
        TextField subcategory = text("indicator.subcategory", "adjust-subcategory");
        TextField name = text("indicator.name", "adjust-name");
        TextArea reason = new TextArea(getTranslation("adjustment.reason"));
        reason.setId("adjust-reason");
        reason.setMaxLength(TargetAdjustments.TEXT_MAX);
        TextArea basis = new TextArea(getTranslation("adjustment.basis"));
        basis.setId("adjust-basis");
        basis.setMaxLength(TargetAdjustments.TEXT_MAX);
        Runnable showFields = () -> {
            AdjustmentKind k = kind.getValue();
            indicator.setVisible(k != AdjustmentKind.ADD);
            target.setVisible(k != AdjustmentKind.REMOVE);
            category.setVisible(k == AdjustmentKind.ADD);
            subcategory.setVisible(k == AdjustmentKind.ADD);
            name.setVisible(k == AdjustmentKind.ADD);
        };
        kind.addValueChangeListener(e -> showFields.run());
        showFields.run();
        Button submit = new Button(getTranslation("adjustment.submit"), e -> {
            try {
                adjustments.propose(new TargetAdjustments.Proposal(
                        project.getValue() == null ? -1 : project.getValue().id(),
                        kind.getValue(),
                        indicator.getValue() == null
                                ? null
                                : indicator.getValue().getId(),
                        month.getValue() == null ? 0 : month.getValue(),
                        target.getValue(),
                        category.getValue(),
                        subcategory.getValue(),
                        name.getValue(),
                        reason.getValue(),
                        basis.getValue()));
                close();
                proposed.run();
            } catch (AdjustmentRefusal refused) {
                Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        submit.setId("adjust-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(project, kind, indicator, month, target, category, subcategory, name, reason, basis));
        getFooter().add(new Button(getTranslation("users.close"), e -> close()), submit);
    }

    private <T> Select<T> select(String label, List<T> items) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setId("adjust-" + label.substring(label.lastIndexOf('.') + 1));
        return select;
    }

    private TextField text(String label, String id) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        return field;
    }
}
