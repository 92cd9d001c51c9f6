package org.attain.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attain.i18n.Texts;

/**
 * The texts that Vaadin's components bring with them (an upload's drop zone and errors, a date picker's months and
 * buttons, the login form's required-field errors, an empty grid) in the reader's language, from the message bundles
 * and the JDK's names of months and days. Vaadin's own defaults are English whatever the page's language.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** An upload box: its button, drop label, file actions, progress and errors. */
    public static Upload upload(Upload upload) {
        Texts t = texts();
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(t.get("upload.add.one")).setMany(t.get("upload.add.many")));
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(t.get("upload.drop.one")).setMany(t.get("upload.drop.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t.get("upload.error.tooMany"))
                .setFileIsTooBig(t.get("upload.error.tooBig"))
                .setIncorrectFileType(t.get("upload.error.type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t.get("upload.file.retry"))
                .setStart(t.get("upload.file.start"))
                .setRemove(t.get("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t.get("upload.status.connecting"))
                        .setStalled(t.get("upload.status.stalled"))
                        .setProcessing(t.get("upload.status.processing"))
                        .setHeld(t.get("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t.get("upload.remaining.prefix"))
                        .setUnknown(t.get("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t.get("upload.error.server"))
                        .setUnexpectedServerError(t.get("upload.error.unexpected"))
                        .setForbidden(t.get("upload.error.forbidden"))
                        .setFileTooLarge(t.get("upload.error.tooBig"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /** A date picker: month and day names of the reader's language, its buttons and its error messages. */
    public static DatePicker datePicker(DatePicker picker) {
        Texts t = texts();
        Locale locale = t.locale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdaysShort(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setToday(t.get("datePicker.today"));
        i18n.setCancel(t.get("datePicker.cancel"));
        i18n.setBadInputErrorMessage(t.get("datePicker.badInput"));
        i18n.setRequiredErrorMessage(t.get("datePicker.required"));
        picker.setI18n(i18n);
        return picker;
    }

    /** The login form's errors for a missing user name or password. */
    public static LoginI18n login(LoginI18n i18n) {
        Texts t = texts();
        i18n.getErrorMessage().setUsername(t.get("login.required.username"));
        i18n.getErrorMessage().setPassword(t.get("login.required.password"));
        return i18n;
    }

    /** What an empty grid says instead of showing nothing. */
    public static <T> Grid<T> emptyGrid(Grid<T> grid, String text) {
        grid.setEmptyStateText(text);
        return grid;
    }

    /** The language of the page being built (a component not yet attached knows none of its own). */
    private static Texts texts() {
        UI ui = UI.getCurrent();
        return Texts.of(ui == null ? null : ui.getLocale());
    }
}
