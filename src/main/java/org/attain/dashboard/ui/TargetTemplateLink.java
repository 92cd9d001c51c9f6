package org.attain.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.attain.base.ui.Downloads;
import org.attain.importing.TargetDownloads;
import org.attain.project.Project;
import org.attain.report.PaperNames;

/** The project's targets as the filled import template (xlsx), to revise and import again. */
final class TargetTemplateLink {

    private TargetTemplateLink() {}

    static Anchor of(Project project, TargetDownloads downloads) {
        Anchor template = new Anchor(
                Downloads.xlsx(
                        PaperNames.targets(project.getYear(), project.getName()) + ".xlsx",
                        () -> downloads.filledTemplate(project.getId())),
                UI.getCurrent().getTranslation("project.download.targets"));
        template.setId("download-targets");
        template.addClassName("attain-no-print");
        return template;
    }
}
