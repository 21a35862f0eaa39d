// Beside the draft form: the 意見を聴く項目 the answers call for (the DMN decides, on the server) and similar past cases.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("draft-form");
  if (!form) return;
  const grounds = document.getElementById("grounds");
  const similar = document.getElementById("similar");

  const answers = () => {
    const result = {};
    form.querySelectorAll('input[type=checkbox][name^="/answers/"]').forEach((box) => {
      result[box.name.substring("/answers/".length)] = box.checked;
    });
    return result;
  };

  const showGrounds = async () => {
    try {
      const id = form.dataset.consultation;
      const list = await window.postJson("/consultations/grounds" + (id ? "?consultation=" + id : ""), answers());
      grounds.replaceChildren(...(list.length === 0
        ? [item("該当なし（審議会への諮問は不要です）")]
        : list.map((g) => item(g.label + "（" + g.article + "）"))));
    } catch (e) {
      grounds.replaceChildren(item("判定できませんでした。提出時に確認されます。"));
    }
  };

  let timer = null;
  const showSimilar = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const value = (name) => (form.elements[name] ? form.elements[name].value : "");
      const draft = { title: value("/title"), purpose: value("/purpose"), operationName: value("/operationName"),
        reason: value("/reason"), overview: value("/overview") };
      if (!Object.values(draft).some((v) => v.trim().length > 0)) return;
      try {
        const list = await window.postJson("/consultations/similar", draft);
        similar.replaceChildren(...list.map((c) => {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = c.link;
          a.textContent = c.title;
          li.append(a, document.createTextNode(" " + c.municipality + " " + c.caseNumber));
          return li;
        }));
        if (list.length === 0) similar.replaceChildren(item("似た案件は見つかりませんでした。"));
      } catch (e) {
        similar.replaceChildren(item("いまは検索できません（起案には影響ありません）。"));
      }
    }, 600);
  };

  function item(text) {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }

  form.addEventListener("change", (event) => {
    if (event.target.name && event.target.name.startsWith("/answers/")) showGrounds();
  });
  form.addEventListener("input", showSimilar);
  showGrounds();
  showSimilar();
});
