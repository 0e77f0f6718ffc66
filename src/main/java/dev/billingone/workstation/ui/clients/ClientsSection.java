package dev.billingone.workstation.ui.clients;

import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Clients section: the list, or one client's detail when opened with {@code id} (deep link clients/{id}). */
public final class ClientsSection implements SectionView {
    private final StackPane root = new StackPane();
    private final ClientsView list;
    private final ClientDetailView detail;

    public ClientsSection(ViewContext context) {
        list = new ClientsView(context, id -> context.navigate(Section.CLIENTS, Map.of("id", String.valueOf(id))));
        detail = new ClientDetailView(context, () -> context.navigate(Section.CLIENTS));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        String id = parameters.get("id");
        if (id == null) {
            root.getChildren().setAll(list.node());
            list.reload();
        } else {
            root.getChildren().setAll(detail.node());
            detail.load(id);
        }
    }
}
