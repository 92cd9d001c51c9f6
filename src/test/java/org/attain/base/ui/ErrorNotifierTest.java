package org.attain.base.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.attain.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

class ErrorNotifierTest extends KaribuTest {

    @Test
    void an_unhandled_database_error_reaches_the_user_in_their_language_without_the_library_text() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException(
                        "wrapped", new DataIntegrityViolationException("Data too long for column 'name'"))));
        NotificationsKt.expectNotifications("操作失败：数据库拒绝或暂时无法完成此操作，未保存任何修改。请检查输入后重试；如仍失败，请联系管理员。");
    }

    @Test
    void an_unhandled_refusal_says_so() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AccessDeniedException("no")));
        NotificationsKt.expectNotifications("您无权执行此操作，未做任何修改。");
    }
}
