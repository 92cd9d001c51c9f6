package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import org.attain.i18n.Message;
import org.attain.i18n.Texts;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

class StatusOutputTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_numbers_are_not() {
        assertThat(StatusOutput.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(StatusOutput.cell("+1")).isEqualTo("'+1");
        assertThat(StatusOutput.cell("-1")).isEqualTo("'-1");
        assertThat(StatusOutput.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(StatusOutput.cell("\tx")).isEqualTo("'\tx");
        assertThat(StatusOutput.cell("\rx")).isEqualTo("'\rx");
        assertThat(StatusOutput.cell("≥ 574人")).isEqualTo("≥ 574人");
        assertThat(StatusOutput.cell(new BigDecimal("-1.50"))).isEqualTo("-1.50");
        assertThat(StatusOutput.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(StatusOutput.cell(null)).isEmpty();
    }

    private static ProjectStatus project(String name) {
        Checkpoint at = new Checkpoint(2025, 6);
        BudgetStatus budget = new BudgetStatus(
                Light.NOT_REPORTED, null, null, null, null, false, Message.of("status.budget.notReported", at));
        return new ProjectStatus(
                1,
                name,
                "工会",
                BigDecimal.TEN,
                BigDecimal.TEN,
                at,
                List.of(),
                budget,
                null,
                org.attain.status.Deviation.NONE,
                null);
    }

    @Test
    void a_project_name_starting_with_a_formula_is_quoted_and_a_project_without_indicators_keeps_its_row() {
        String csv = StatusOutput.csv(List.of(project("=cmd|' /C calc'!A0")), Texts.chinese());
        assertThat(csv.lines().skip(1).toList())
                .containsExactly("'=cmd|' /C calc'!A0,NOT_REPORTED,NOT_REPORTED," + "待填报：尚未填报,,,,,,,,");
    }

    @Test
    void an_unexpected_failure_exits_1() {
        StatusService status = mock(StatusService.class);
        when(status.portfolio(new Checkpoint(2025, 6))).thenThrow(new IllegalStateException("database gone"));
        CommandOutput output = new CommandOutput();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = CommandLine.defaultFactory().create(type);
                if (command instanceof StatusCommand c) {
                    c.status = status;
                }
                return command;
            }
        };
        int code = Commands.commandLine(factory, output.console())
                .execute("status", "--year", "2025", "--checkpoint", "2025-06", "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(output.err()).contains("Unexpected error").contains("database gone");
    }

    @Test
    void json_keeps_its_key_order_for_an_empty_portfolio_of_one_project() {
        String json = StatusOutput.json(new Checkpoint(2025, 12), List.of(project("A")), Texts.english());
        assertThat(json)
                .isEqualTo("{\"year\":2025,\"checkpoint\":\"2025-12\",\"projects\":[{\"name\":\"A\","
                        + "\"light\":\"NOT_REPORTED\",\"budgetLight\":\"NOT_REPORTED\",\"sentence\":\"Awaiting entry: "
                        + "nothing reported yet\",\"indicators\":[]}]}");
        assertThat(new PortfolioStatus(new Checkpoint(2025, 12), List.of()).projects())
                .isEmpty();
    }
}
