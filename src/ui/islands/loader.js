// Loads the islands' WebAssembly as soon as the page is parsed (Leptos' own
// loader waits for the browser's idle callback first, and then walks every
// element of the page), then hydrates each <leptos-island> in document
// order: an island inside another's children after its parent.
((js, wasm) => {
  import(js).then(async (mod) => {
    await mod.default({ module_or_path: wasm });
    mod.hydrate();
    for (const island of document.querySelectorAll('leptos-island')) {
      const hydrate = mod[island.dataset.component];
      if (!hydrate) {
        console.warn(`no WebAssembly for the island ${island.dataset.component}`);
        continue;
      }
      island.parentElement?.closest('leptos-children')?.$$on_hydrate?.();
      await hydrate(island);
    }
  });
})
