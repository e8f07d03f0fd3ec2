package importer

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDoc is what an HTML page yields before line cleaning: its text as
// lines, and the metadata the page declares.
type htmlDoc struct {
	Title, Published, Publisher string
	Lines                       []string
}

// Page furniture that never holds the article, by element...
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Button: true,
	atom.Select: true, atom.Svg: true, atom.Template: true, atom.Object: true, atom.Head: true,
}

// ...and by class or id: menus, share bars, related-news lists, comments,
// copyright footers, advertising.
var skipClass = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|menu|breadcrumbs?|crumbs?|share|social|related|recommend|recommends|footer|copyright|comments?|sidebar|side|advert|ads?|banner|hot|rank|toolbar|login|subscribe|pager|pagination|tags|qrcode|weixin|print)($|[-_ ])`)

// contentClass names the containers that CMSs put articles in.
var contentClass = regexp.MustCompile(`(?i)(article|content|main|detail|text|post|story|news_?txt|trs_editor|zoom|body)`)

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Table: true, atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Dd: true,
	atom.Dt: true, atom.Td: true, atom.Th: true, atom.Main: true, atom.Center: true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// parseHTML extracts the article text of a page: the <article> (or the
// largest content container) when there is one, else the body, leaving out
// page furniture.
func parseHTML(src string) htmlDoc {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return htmlDoc{Lines: strings.Split(src, "\n")}
	}
	var doc htmlDoc
	var h1 string
	var body, article *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if doc.Title == "" {
					doc.Title = strings.TrimSpace(textOf(n))
				}
			case atom.Meta:
				name := strings.ToLower(attr(n, "name") + attr(n, "property"))
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case strings.Contains(name, "og:title") || name == "articletitle":
					doc.Title = content
				case strings.Contains(name, "published_time") || name == "pubdate" || name == "publishdate" || name == "pubtime" || name == "date":
					doc.Published = content
				case name == "source" || name == "contentsource" || name == "author" && doc.Publisher == "":
					doc.Publisher = content
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(textOf(n))
				}
			case atom.Body:
				body = n
			case atom.Article:
				if l := len(textOf(n)); l > bestLen {
					article, bestLen = n, l
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if article == nil && body != nil {
		article = largestContent(body)
	}
	if article == nil {
		article = body
	}
	if article == nil {
		article = root
	}
	if h1 != "" {
		doc.Title = h1
	}
	var b strings.Builder
	if h1 != "" && !strings.Contains(textOf(article), h1) {
		b.WriteString(h1 + "\n")
	}
	writeText(&b, article)
	doc.Lines = strings.Split(b.String(), "\n")
	return doc
}

// largestContent returns the content-like container with the most text of
// its own paragraphs, or nil.
func largestContent(body *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipElements[n.DataAtom] || skipClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
				return
			}
			if contentClass.MatchString(attr(n, "class") + " " + attr(n, "id")) {
				if l := len(textOf(n)); l > bestLen {
					best, bestLen = n, l
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	// A container holding less than a third of the body's text is more
	// likely a teaser box than the article.
	if best != nil && bestLen*3 < len(textOf(body)) {
		return nil
	}
	return best
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// writeText renders a subtree as lines: one per block element, furniture
// left out.
func writeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	case html.ElementNode:
		if skipElements[n.DataAtom] || skipClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
			return
		}
		if n.DataAtom == atom.Img {
			return
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		b.WriteString("\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c)
	}
	if block {
		b.WriteString("\n")
	}
}
