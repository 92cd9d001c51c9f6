package org.attain.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every ten minutes one server (whichever takes the job's lock) removes the failed sign-ins that are forgotten. */
@Component
@Profile("!cli")
class LoginFailurePurge {

    private static final Logger log = LoggerFactory.getLogger(LoginFailurePurge.class);

    private final LoginAttempts attempts;

    LoginFailurePurge(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(
            initialDelayString = "${attain.login.purge-every:10m}",
            fixedDelayString = "${attain.login.purge-every:10m}")
    @SchedulerLock(name = "login-failure-purge", lockAtMostFor = "5m")
    void purge() {
        int removed = attempts.forgetOld();
        if (removed > 0) {
            log.debug("Forgot the failed sign-ins of {} names and addresses", removed);
        }
    }
}
