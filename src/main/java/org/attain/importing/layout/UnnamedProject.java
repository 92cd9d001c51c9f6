package org.attain.importing.layout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.importing.read.Where;
import org.jspecify.annotations.Nullable;

/**
 * The name of a project whose document has no 项目名称 label, as the document states it elsewhere: a title naming the
 * project ("关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示", "…项目绩效自评表"), a "项目：…" line, the report's
 * words about it ("该双心及文明城市创建专项资金项目于2020年初…"), or as a last resort the file's name. Each says which it is,
 * for the warning.
 */
record UnnamedProject(String name, Cell where, String source) {

    /** A title: the project's name before 绩效目标 / 绩效自评 / 绩效评价 / 支出绩效. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:标\\s*题\\s*[:：]\\s*)?(?:关于)?(?:(?:19|20)[0-9]{2}年度?)?(\\S{4,60}?(?:项目|资金|经费))(?:支出)?绩效(?:目标|自评|评价|运行监控)");
    /** A line that names the project: "项目：…", "项目名称为…" is a label of its own. */
    private static final Pattern PROJECT_LINE = Pattern.compile("^项目\\s*[：:]\\s*(\\S.{1,60})$");
    /** A report's words about its project: "该…项目于/在/由/是…". */
    private static final Pattern REFERENCE = Pattern.compile("该([^，,。；;、该\\s]{4,40}?项目)(?:于|在|由|是|的|已|共|主要|资金)");
    /** Generic words that name no particular project. */
    private static final Pattern GENERIC = Pattern.compile("^(?:[0-9]{4}年度?)?(?:部门|单位|本|该|整体|全部)?(?:预算)?项目$");

    static final String TITLE_SOURCE = "title";
    static final String LINE_SOURCE = "line";
    static final String REFERENCE_SOURCE = "reference";
    static final String FILE_SOURCE = "file";

    /** The name the part states elsewhere, else the file's name without its extension. */
    static UnnamedProject of(Part part, String fileName) {
        List<Cell> cells = part.rows().stream().flatMap(r -> r.cells().stream()).toList();
        for (Pattern p : List.of(TITLE, PROJECT_LINE, REFERENCE)) {
            for (Cell cell : cells) {
                Matcher m = p.matcher(cell.text().strip());
                if (m.find() && !GENERIC.matcher(m.group(1)).matches()) {
                    String source = p == TITLE ? TITLE_SOURCE : p == PROJECT_LINE ? LINE_SOURCE : REFERENCE_SOURCE;
                    return new UnnamedProject(fundName(m.group(1).strip()), cell, source);
                }
            }
        }
        String file = fileName.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        Cell first = cells.isEmpty() ? Cell.free("", "", new Where.TextLine(0)) : cells.getFirst();
        return new UnnamedProject(file.isBlank() ? fileName : file, first, FILE_SOURCE);
    }

    /** "双心及文明城市创建专项资金项目" is the 专项资金 itself. */
    private static String fundName(String name) {
        return name.matches(".*(?:资金|经费)项目$") ? name.substring(0, name.length() - 2) : name;
    }

    /** The project's warnings start, with where its name came from (no 项目名称 label named it). */
    void start(Problems problems) {
        problems.startProject();
        problems.warn(where, "import.warn.nameFrom." + source, Problems.quote(name));
    }

    /**
     * The projects of a part that yielded none for want of a 项目名称 label, read as the project it states elsewhere:
     * its indicator table, or where it has none, the targets its sentences state ({@link ProseTargets}). Null when
     * neither gives an indicator.
     */
    static @Nullable Read read(Part part, String fileName, DocumentYear year, boolean grid) {
        UnnamedProject unnamed = of(part, fileName);
        if (hasTable(part)) {
            Problems problems = new Problems();
            List<ProjectDraft> found = new ProjectReader(problems, year, grid).read(part, unnamed);
            return found.stream().anyMatch(p -> !p.indicators().isEmpty()) ? new Read(found, problems) : null;
        }
        if (!ProseTargets.stated(part)) {
            return null;
        }
        Problems problems = new Problems();
        ProjectBuilder project = new ProjectBuilder(unnamed.where(), 0);
        project.name = unnamed.name();
        unnamed.start(problems);
        problems.warn(unnamed.where(), "import.warn.proseTargets");
        ProseTargets.read(part, project, problems);
        ProjectDraft draft =
                project.indicators.isEmpty() ? null : new ProjectFields(problems).finish(project, year, problems);
        return draft == null ? null : new Read(List.of(draft), problems);
    }

    /** The projects read and what reading them found. */
    record Read(List<ProjectDraft> projects, Problems problems) {}

    /** Whether a part heads an indicator table: a header row, or the header's words on lines of their own. */
    static boolean hasTable(Part part) {
        for (Row row : part.rows()) {
            if (Columns.isHeader(row)) {
                return true;
            }
            for (Cell cell : row.cells()) {
                Role role = Role.of(cell.text());
                if (role != null && role.defining() && cell.text().strip().length() <= 8) {
                    return true;
                }
            }
        }
        return false;
    }
}
