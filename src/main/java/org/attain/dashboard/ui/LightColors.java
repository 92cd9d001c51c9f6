package org.attain.dashboard.ui;

import java.util.Map;
import org.attain.status.Light;

/** Chart colours of the lights, matching the badges' CSS; charts always add words or symbols as well. */
final class LightColors {

    static final Map<Light, String> COLOR = Map.of(
            Light.RED,
            "#d63b3b",
            Light.YELLOW,
            "#e9a400",
            Light.GREEN,
            "#2e9e5b",
            Light.BLUE,
            "#3b7dd8",
            Light.OVERDUE,
            "#8a5a9e",
            Light.NOT_REPORTED,
            "#aab2bd",
            Light.NOT_DUE,
            "#d5dae1");

    private LightColors() {}

    static String of(Light light) {
        return COLOR.get(light);
    }
}
