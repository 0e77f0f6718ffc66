package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The Contracts section ({@code billingone://contracts}): the list and the renewal queue as tabs, or the editor.
 * Deep links: {@code contracts?id=42} opens a contract, {@code contracts?tab=renewals} the renewal queue.
 */
public final class ContractsSection implements SectionView {
    private final ViewContext context;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Tab renewalsTab;
    private final ContractListPane list;
    private final RenewalQueuePane renewals;
    private final ContractEditor editor;

    public ContractsSection(ViewContext context) {
        this.context = context;
        list = new ContractListPane(context, this::openContract, this::newContract);
        renewals = new RenewalQueuePane(context);
        editor = new ContractEditor(context, id -> showLists(), this::showLists);
        Tab contractsTab = new Tab("Contracts", list.node());
        contractsTab.setId("tab-contracts");
        renewalsTab = new Tab("Renewals", renewals.node());
        renewalsTab.setId("tab-renewals");
        tabs.getTabs().setAll(contractsTab, renewalsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> reloadLists());
    }

    private void openContract(long id) {
        context.navigate(Section.CONTRACTS, Map.of("id", String.valueOf(id)));
    }

    private void newContract() {
        root.getChildren().setAll(editor.node());
        editor.create();
    }

    private void showLists() {
        context.navigate(Section.CONTRACTS);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        String id = parameters.get("id");
        if (id != null) {
            root.getChildren().setAll(editor.node());
            editor.edit(Long.parseLong(id));
            return;
        }
        root.getChildren().setAll(tabs);
        if ("renewals".equals(parameters.get("tab"))) {
            tabs.getSelectionModel().select(renewalsTab);
        }
        reloadLists();
    }

    private void reloadLists() {
        list.reload();
        renewals.reload();
    }
}
