package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.attain.ActingAsSystem;
import org.attain.AttainSpringTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Every service method that names its roles with {@link RequiresRole} is refused, on the server, to the anonymous and
 * to every other role before it runs: the placeholder arguments below would fail any method that got to run.
 */
@AttainSpringTest
class RoleGuardTest {

    @Autowired
    ApplicationContext context;

    @Test
    void every_guarded_service_method_refuses_the_anonymous_and_every_role_it_does_not_name() {
        List<String> checked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.attain.")) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                RequiresRole required = method.getAnnotation(RequiresRole.class);
                if (required == null) {
                    continue;
                }
                Object bean = context.getBean(name);
                SecurityContextHolder.clearContext();
                assertRefused(bean, method);
                Set<Role> allowed = Set.of(required.value());
                for (Role role : Role.values()) {
                    if (!allowed.contains(role)) {
                        ActingAsSystem.as("intruder", role);
                        assertRefused(bean, method);
                    }
                }
                checked.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        assertThat(checked)
                .hasSizeGreaterThanOrEqualTo(30)
                .contains(
                        "TargetImportService.importDocument",
                        "ReviewService.approve",
                        "UserService.create",
                        "UserAdministration.resetPassword",
                        "TargetAdjustments.approve",
                        "IndicatorService.addAnnual",
                        "SelfEvaluationService.setWeights");
    }

    @Test
    void the_system_and_the_named_roles_pass_a_signed_out_call_does_not() {
        assertThat(CurrentUser.allows(
                        SystemIdentity.call(
                                () -> SecurityContextHolder.getContext().getAuthentication()),
                        Role.ADMIN))
                .isTrue();
        ActingAsSystem.as("officer", Role.PERFORMANCE_OFFICER);
        var officer = SecurityContextHolder.getContext().getAuthentication();
        assertThat(CurrentUser.allows(officer, Role.PERFORMANCE_OFFICER, Role.ADMIN))
                .isTrue();
        assertThat(CurrentUser.allows(officer, Role.ADMIN)).isFalse();
        assertThat(CurrentUser.allows(null, Role.values())).isFalse();
    }

    private static void assertRefused(Object bean, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(RoleGuardTest::placeholder)
                .toArray();
        assertThatThrownBy(() -> {
                    try {
                        method.setAccessible(true);
                        method.invoke(bean, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                })
                .as(method.toString())
                .isInstanceOf(AccessDeniedException.class);
    }

    private static @Nullable Object placeholder(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return ' ';
        }
        return switch (type.getName()) {
            case "long" -> 0L;
            case "int" -> 0;
            case "short" -> (short) 0;
            case "byte" -> (byte) 0;
            case "double" -> 0d;
            default -> 0f;
        };
    }
}
