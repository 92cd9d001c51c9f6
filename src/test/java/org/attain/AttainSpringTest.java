package org.attain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A Spring test on the real (embedded, throwaway) MariaDB, with the shipped seed and the demo actuals loaded on start. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ExtendWith(ActingAsSystem.class)
@ActiveProfiles({"test", "demo"})
public @interface AttainSpringTest {}
