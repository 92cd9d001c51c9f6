package org.attain.security;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/** The rule behind {@link RequiresRole}: the system, or a signed-in user holding one of the roles. */
final class RoleCheck implements AuthorizationManager<MethodInvocation> {

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, MethodInvocation call) {
        RequiresRole required = AnnotationUtils.findAnnotation(call.getMethod(), RequiresRole.class);
        @Nullable Authentication acting;
        try {
            acting = authentication.get();
        } catch (AuthenticationCredentialsNotFoundException nobody) {
            acting = null; // refused below as an AccessDeniedException, like every other refusal of a role
        }
        return new AuthorizationDecision(required != null && CurrentUser.allows(acting, required.value()));
    }
}
