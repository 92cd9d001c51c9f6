package org.attain.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryProblem;
import org.attain.monitoring.EntrySheet;
import org.attain.review.ui.ReviewMarks;
import org.attain.security.Names;
import org.attain.status.StatusEngine;
import org.jspecify.annotations.Nullable;

/**
 * The entry form of one project and checkpoint: what is still missing, the budget card and a card per indicator, with
 * the review marks. It holds what the user changed; the view saves it.
 */
class EntryForm extends Div {

    private final BudgetEntryCard budgetCard;
    private final List<IndicatorEntryCard> cards = new ArrayList<>();

    EntryForm(EntrySheet sheet, StatusEngine engine, Names names) {
        setWidthFull();
        List<String> missing = sheet.rows().stream()
                .filter(r -> r.stored().actual() == null && r.stored().actualLevel() == null)
                .map(r -> r.indicator().getName())
                .toList();
        if (sheet.rows().stream().allMatch(r -> r.stored().isEmpty())) {
            add(new Paragraph(getTranslation("entry.empty")));
        } else if (!missing.isEmpty()) {
            Paragraph todo = new Paragraph(getTranslation("entry.missing", missing.size(), missing));
            todo.setId("missing");
            add(todo);
        }
        budgetCard = new BudgetEntryCard(sheet.project().getBudget(), sheet.budget(), engine, sheet.checkpoint());
        ReviewMarks.mark(budgetCard, sheet.budgetReview(), names);
        add(budgetCard);
        Div list = new Div();
        list.setWidthFull();
        sheet.rows().forEach(r -> {
            IndicatorEntryCard card = new IndicatorEntryCard(r, engine, sheet.checkpoint());
            ReviewMarks.mark(card, r.review(), names);
            cards.add(card);
            list.add(card);
        });
        add(list);
    }

    boolean isChanged() {
        return budgetCard.isChanged() || cards.stream().anyMatch(IndicatorEntryCard::isChanged);
    }

    boolean isValid() {
        return cards.stream().allMatch(IndicatorEntryCard::isValid);
    }

    /** The indicators the user changed. */
    List<ActualInput> changedActuals() {
        return cards.stream()
                .filter(IndicatorEntryCard::isChanged)
                .map(IndicatorEntryCard::input)
                .toList();
    }

    /** The budget figures when the user changed them, else null. */
    @Nullable
    BudgetInput changedBudget() {
        return budgetCard.isChanged() ? budgetCard.input() : null;
    }

    /** Shows each refused value beside its field: on its indicator's card, else on the budget card. */
    void showProblems(List<EntryProblem> problems) {
        for (EntryProblem p : problems) {
            String message = getTranslation(p.message());
            cards.stream()
                    .filter(c -> c.indicatorName().equals(p.indicator()))
                    .findFirst()
                    .ifPresentOrElse(
                            c -> c.showProblem(p.field(), message), () -> budgetCard.showProblem(p.field(), message));
        }
    }
}
