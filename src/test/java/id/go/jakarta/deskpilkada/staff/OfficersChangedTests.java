package id.go.jakarta.deskpilkada.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficersChangedTests {

    @Test
    void the_event_names_each_post_once_and_travels_between_nodes() throws IOException, ClassNotFoundException {
        OfficersChanged event = new OfficersChanged(List.of(5L, 2L, 5L));
        assertThat(event.poskoIds()).containsExactly(2L, 5L);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(event);
        }
    }
}
